using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// Re-scores the best first-pass hits with the field-by-field query: its disjunctions are advanced only
/// to those documents (leap-frogging a filter of them), not through every document that has the words.
/// </summary>
internal static class FieldRescorer
{
    /// <summary>Hits past this position keep their first-pass order, so every page of one search is cut from the same list.</summary>
    public const int Window = 100;

    /// <summary>The first <paramref name="window"/> hits re-scored and re-ordered, then the rest as they were.</summary>
    public static ScoreDoc[] Rescore(IndexSearcher searcher, Query scoring, ScoreDoc[] first, int window = Window)
    {
        if (first.Length == 0)
        {
            return first;
        }

        var head = first.Take(window).ToArray();
        var filtered = new FilteredQuery(scoring, new DocListFilter(head.Select(d => d.Doc)), FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY);
        var rescored = searcher.Search(filtered, head.Length).ScoreDocs;
        var seen = rescored.Select(d => d.Doc).ToHashSet();
        return [.. rescored, .. head.Where(d => !seen.Contains(d.Doc)), .. first.Skip(window)];
    }

    /// <summary>A filter of given (top-level) document numbers.</summary>
    private sealed class DocListFilter(IEnumerable<int> docs) : Filter
    {
        private readonly int[] _docs = docs.Order().ToArray();

        public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
        {
            var maxDoc = context.AtomicReader.MaxDoc;
            FixedBitSet? bits = null;
            foreach (var doc in _docs)
            {
                var local = doc - context.DocBase;
                if (local >= 0 && local < maxDoc)
                {
                    (bits ??= new FixedBitSet(maxDoc)).Set(local);
                }
            }

            return bits;
        }
    }
}
