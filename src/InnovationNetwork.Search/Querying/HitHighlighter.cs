using InnovationNetwork.Core.Matching;
using InnovationNetwork.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// Marks the matched words of a hit, field by field, with &lt;em&gt; (the rest HTML-escaped). Text is
/// re-analysed with the index analyser, so a search for "remotely operated vehicle" marks "ROV"; only
/// the first <see cref="MaxChars"/> characters of a field are read, which bounds the cost of the long
/// project text organisations carry.
/// </summary>
internal sealed class HitHighlighter(IndexSearcher searcher, Query query, Analyzer analyzer)
{
    public const int MaxChars = 20_000;
    private const int FragmentsPerField = 2;
    private const int FragmentSize = 120;

    /// <summary>Fields in the order they are shown; project text only when nothing else matched.</summary>
    private static readonly string[] Fields =
        [IndexFields.Name, IndexFields.Keywords, IndexFields.Text, IndexFields.Capabilities, IndexFields.Specialisms, IndexFields.Places, IndexFields.Related];

    private readonly Dictionary<string, Highlighter> _highlighters = new(StringComparer.Ordinal);

    public IReadOnlyList<Highlight> Highlight(int doc)
    {
        var stored = searcher.Doc(doc);
        var result = new List<Highlight>();
        foreach (var field in Fields)
        {
            Add(result, field, stored.GetValues(field));
        }

        if (result.Count == 0)
        {
            Add(result, IndexFields.Activity, stored.GetValues(IndexFields.Activity));
        }

        return result;
    }

    private void Add(List<Highlight> result, string field, string[] values)
    {
        var fragments = new List<string>();
        var highlighter = For(field);
        foreach (var value in values)
        {
            if (fragments.Count >= FragmentsPerField)
            {
                break;
            }

            var text = value.Length > MaxChars ? value[..MaxChars] : value;
            using var tokens = analyzer.GetTokenStream(field, new StringReader(text));
            fragments.AddRange(highlighter.GetBestFragments(tokens, text, FragmentsPerField - fragments.Count)
                .Where(f => !string.IsNullOrWhiteSpace(f))
                .Select(f => f.Trim()));
        }

        if (fragments.Count > 0)
        {
            result.Add(new Highlight(field, fragments));
        }
    }

    private Highlighter For(string field)
    {
        if (!_highlighters.TryGetValue(field, out var highlighter))
        {
            var scorer = new QueryScorer(query, searcher.IndexReader, field);
            highlighter = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new SimpleHTMLEncoder(), scorer)
            {
                TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize),
                MaxDocCharsToAnalyze = MaxChars,
            };
            _highlighters[field] = highlighter;
        }

        return highlighter;
    }
}
