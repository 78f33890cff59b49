using System.Globalization;
using System.Text;
using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.Search.Querying;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Indexing;

/// <summary>Collects one node's fields, remembering every other node whose text it copies (the ref field).</summary>
internal sealed class DocumentWriter
{
    private readonly Document _doc = [];
    private readonly HashSet<string> _refs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _trl = [];
    private readonly Dictionary<string, List<string>> _stored = [];
    private readonly TextCache _texts;
    private string _sortName = "";

    public DocumentWriter(InnovationGraph graph, Node node, SearchableType type, TextCache texts)
    {
        Graph = graph;
        Node = node;
        _texts = texts;
        _doc.Add(KeywordField(IndexFields.Id, node.Id));
        _doc.Add(new BinaryDocValuesField(DocIds.Field, new BytesRef(node.Id)));
        Keyword(IndexFields.Type, type.ToString());
    }

    public InnovationGraph Graph { get; }
    public Node Node { get; }

    public void Name(string name, string? alias)
    {
        AddText(IndexFields.Name, name);
        AddText(IndexFields.Name, alias);
        _sortName = name.ToLowerInvariant();
        _doc.Add(new TextField(IndexFields.Suggest, name, Field.Store.NO));
        if (!string.IsNullOrWhiteSpace(alias))
        {
            _doc.Add(new TextField(IndexFields.Suggest, alias, Field.Store.NO));
        }
    }

    public void Text(string? text) => AddText(IndexFields.Text, text);

    /// <summary>A project's abstract, analysed once for its own document and every participant's.</summary>
    public void Abstract(Project p) => AddText(IndexFields.Text, p.Abstract, _texts.Abstract(p));

    public void Keywords(IReadOnlyList<string> keywords)
    {
        if (keywords.Count > 0)
        {
            AddText(IndexFields.Keywords, string.Join(", ", keywords));
        }
    }

    /// <summary>A keyword field: indexed for filters and with doc values for facets.</summary>
    public void Keyword(string field, string value)
    {
        _doc.Add(KeywordField(field, value));
        _doc.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    public void Privacy(bool isPrivate, IEnumerable<string> owners)
    {
        _doc.Add(KeywordField(IndexFields.Private, isPrivate ? IndexFields.Yes : IndexFields.No));
        foreach (var owner in owners.Distinct(StringComparer.Ordinal))
        {
            _doc.Add(KeywordField(IndexFields.Owner, owner));
        }
    }

    /// <summary>The specialisms the node is linked to by <paramref name="type"/>, with their ancestors' names and ids.</summary>
    public void SpecialismsOf(RelationshipType type)
    {
        var names = new List<string>();
        foreach (var id in Tree(Graph.Outgoing(Node.Id, type).Select(r => r.To)))
        {
            Keyword(IndexFields.Specialism, id);
            names.Add(Graph.Find(id)?.DisplayName ?? "");
        }

        AddText(IndexFields.Specialisms, string.Join(", ", names));
    }

    /// <summary>The node's places (else its owners') with their ancestors.</summary>
    public void PlacesOf(string id, IReadOnlyList<string>? fallbacks = null)
    {
        var direct = Graph.Outgoing(id, RelationshipType.LOCATED_IN).Select(r => r.To).ToList();
        if (direct.Count == 0 && fallbacks is not null)
        {
            direct = fallbacks.SelectMany(f => Graph.Outgoing(f, RelationshipType.LOCATED_IN).Select(r => r.To)).ToList();
            _refs.UnionWith(fallbacks);
        }

        var names = new List<string>();
        foreach (var place in Tree(direct))
        {
            Keyword(IndexFields.Place, place);
            names.Add(Graph.Find(place)?.DisplayName ?? "");
        }

        AddText(IndexFields.Places, string.Join(", ", names));
    }

    /// <summary>Copies the text of the capabilities the node offers; returns how many.</summary>
    public int CapabilitiesOffered()
    {
        var count = 0;
        foreach (var capability in Graph.Outgoing(Node.Id, RelationshipType.OFFERS).Select(r => Graph.Find<Capability>(r.To)).OfType<Capability>())
        {
            count++;
            _refs.Add(capability.Id);
            AddText(IndexFields.Capabilities, string.Join(". ", new[] { capability.Name, capability.Description, string.Join(", ", capability.Keywords) }
                .Where(p => !string.IsNullOrWhiteSpace(p))));
            TrlRange(capability.TrlMin, capability.TrlMax);
        }

        return count;
    }

    /// <summary>
    /// Titles of all projects and the abstracts of the most recent <paramref name="abstracts"/>. All of it is
    /// indexed; only as much as highlighting reads is stored.
    /// </summary>
    public void Activity(IReadOnlyList<Project> projects, int abstracts)
    {
        var stored = new StringBuilder();
        var parts = new List<AnalysedText>(2 * projects.Count);
        for (var i = 0; i < projects.Count; i++)
        {
            var p = projects[i];
            _refs.Add(p.Id);
            parts.Add(_texts.Heading(p));
            if (i < abstracts)
            {
                parts.Add(_texts.Abstract(p));
            }

            if (stored.Length < HitHighlighter.MaxActivityChars)
            {
                stored.Append(TextCache.Heading(p, i < abstracts ? p.Abstract : null)).Append('\n');
            }
        }

        AddText(IndexFields.Activity, stored.ToString(0, Math.Min(stored.Length, HitHighlighter.MaxActivityChars)), AnalysedText.Concat(parts));
    }

    /// <summary>The names of related organisations and people, leaving out private organisations.</summary>
    public void RelatedNames(IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            _refs.Add(id);
            var node = Graph.Find(id);
            if (node is Organisation { IsPrivate: true } or Core.People.Person { IsPrivate: true } or null)
            {
                continue;
            }

            AddText(IndexFields.Related, node.DisplayName);
        }
    }

    public void TrlRange(int? min, int? max)
    {
        if (min is null && max is null)
        {
            return;
        }

        for (var level = Math.Clamp(min ?? 1, 1, 9); level <= Math.Clamp(max ?? 9, 1, 9); level++)
        {
            _trl.Add(level.ToString(CultureInfo.InvariantCulture));
        }
    }

    public void Popularity(int value) => _doc.Add(new NumericDocValuesField(IndexFields.Popularity, value));

    public Document Finish()
    {
        foreach (var level in _trl.Order(StringComparer.Ordinal))
        {
            Keyword(IndexFields.Trl, level);
        }

        foreach (var id in _refs)
        {
            _doc.Add(KeywordField(IndexFields.Ref, id));
        }

        _doc.Add(StoredText.Field(_stored));

        _doc.Add(new SortedDocValuesField(IndexFields.SortName, new BytesRef(_sortName)));
        return _doc;
    }

    /// <summary>An exact term (not analysed): replayed like analysed text, since Lucene's own keyword field builds a token stream, under a lock, for every field of every document.</summary>
    private static Field KeywordField(string field, string value) => AnalysedText.Word(value).Field(field, DocumentBuilder.KeywordType);

    private IEnumerable<string> Tree(IEnumerable<string> ids)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            foreach (var node in new[] { id }.Concat(Trees.Ancestors(Graph, id)))
            {
                if (seen.Add(node))
                {
                    _refs.Add(node);
                    yield return node;
                }
            }
        }
    }

    private void AddText(string field, string? text) => AddText(field, text, _texts.Analyse(text));

    /// <summary>Keeps <paramref name="text"/> for highlighting and indexes its analysed terms in the field and in the catch-all field.</summary>
    private void AddText(string field, string? text, AnalysedText terms)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        (_stored.TryGetValue(field, out var values) ? values : _stored[field] = []).Add(text);
        if (!terms.IsEmpty)
        {
            _doc.Add(terms.Field(field, DocumentBuilder.TextType));
            _doc.Add(terms.Field(IndexFields.All, DocumentBuilder.AllType));
        }
    }
}
