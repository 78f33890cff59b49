using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.Search.Analysis;
using InnovationNetwork.Search.Indexing;
using InnovationNetwork.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace InnovationNetwork.Search;

// suggestSpecialisms(text) and autocomplete(prefix).
public sealed partial class LuceneIndex
{
    public IReadOnlyList<SpecialismSuggestion> SuggestSpecialisms(string text, int limit) =>
        _vocabulary.Suggest(text ?? "", limit);

    public IReadOnlyList<Completion> Autocomplete(string prefix, int limit, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var words = TextAnalysis.Analyse(_analyzers.SuggestQuery, IndexFields.Suggest, (prefix ?? "").Length > 200 ? prefix![..200] : prefix ?? "")
            .Select(w => w.Term.Length > DirectoryAnalyzers.MaxSuggestGram ? w.Term[..DirectoryAnalyzers.MaxSuggestGram] : w.Term)
            .Distinct()
            .Take(8)
            .ToArray();
        if (words.Length == 0 || limit <= 0)
        {
            return [];
        }

        var typed = string.Join(' ', words);
        var specialisms = _vocabulary.Names
            .Where(n => StartsEachWord(n.Name, words))
            .Select(n => new Completion(n.Name, n.Id, CompletionKind.SPECIALISM));

        var names = Read(searcher =>
        {
            var query = new BooleanQuery();
            foreach (var word in words)
            {
                query.Add(new TermQuery(new Term(IndexFields.Suggest, word)), Occur.MUST);
            }

            var sort = new Sort(new SortField(IndexFields.Popularity, SortFieldType.INT64, reverse: true), new SortField(IndexFields.SortName, SortFieldType.STRING));
            var top = searcher.Search(new ConstantScoreQuery(query), _filters.Get(SearchFilter.None, viewer), limit * 3, sort);
            return top.ScoreDocs.Select(d =>
            {
                var id = DocIds.Get(searcher, d.Doc);
                var name = StoredText.Get(searcher, d.Doc, IndexFields.Name).FirstOrDefault() ?? id;
                var kind = NodeLabels.FromId(id) is { } label && DocumentBuilder.TypeOf(label) is { } type ? Enum.Parse<CompletionKind>(type.ToString()) : CompletionKind.ORGANISATION;
                return new Completion(name, id, kind);
            }).ToArray();
        });

        // Whole-name prefixes first ("dur" → Durham University before County Durham), then by activity.
        return specialisms.Concat(names)
            .Select((c, i) => (Completion: c, Order: i, Starts: c.Text.StartsWith(typed, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(x => x.Starts)
            .ThenBy(x => x.Order)
            .Select(x => x.Completion)
            .Take(limit)
            .ToArray();
    }

    private static bool StartsEachWord(string name, string[] prefixes)
    {
        var words = name.ToLowerInvariant().Split([' ', '-', ',', '(', ')', '&'], StringSplitOptions.RemoveEmptyEntries);
        return prefixes.All(p => words.Any(w => w.StartsWith(p, StringComparison.Ordinal)));
    }
}
