using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.Search.Indexing;
using InnovationNetwork.Search.Querying;
using Lucene.Net.Search;

namespace InnovationNetwork.Search;

// search(query, where, first, after): ranked hits, highlights, facets and the total.
public sealed partial class LuceneIndex
{
    public SearchResult Search(SearchRequest request, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(viewer);
        var offset = Math.Clamp(request.Offset, 0, SearchChecks.MaxOffset);
        var limit = Math.Clamp(request.Limit, 0, 1000);
        var text = request.Text ?? "";
        if (text.Length > SearchChecks.MaxTextLength)
        {
            text = text[..SearchChecks.MaxTextLength];
        }

        return Read(searcher =>
        {
            var filter = _filters.Get(request.Filter, viewer);
            var facets = new FacetCollector(request.Facets ? IndexFields.FacetFields : []);
            if (string.IsNullOrWhiteSpace(text))
            {
                return Browse(searcher, filter, facets, offset, limit);
            }

            var words = TextAnalysis.Analyse(_analyzers.Query, IndexFields.Text, text);
            if (words.Count == 0)
            {
                return SearchResult.Empty(offset);
            }

            words = TextQueryBuilder.Select(searcher.IndexReader, words, TextQueryBuilder.MaxSearchWords, weightByFrequency: false);
            var built = TextQueryBuilder.Build(searcher.IndexReader, words, FieldBoosts.Search, requireMost: true);
            if (built.IsEmpty)
            {
                return SearchResult.Empty(offset) with { SearchedTerms = words.Select(w => w.Surface).ToArray() };
            }

            var top = TopScoreDocCollector.Create(Math.Max(offset + limit, FieldRescorer.Window), docsScoredInOrder: false);
            searcher.Search(built.Matching, filter, request.Facets ? MultiCollector.Wrap(top, facets) : top);
            var docs = new FieldRescorer(searcher, built).Rescore(top.GetTopDocs().ScoreDocs).Skip(offset).Take(limit).ToArray();
            var highlighter = request.Highlight ? new HitHighlighter(searcher, built, _analyzers, _synonymTriggers) : null;
            var hits = docs.Select(d => Hit(searcher, d.Doc, d.Score, highlighter?.Highlight(d))).ToArray();
            return new SearchResult(hits, offset, top.TotalHits, request.Facets ? facets.Facets() : [], words.Select(w => w.Surface).ToArray());
        });
    }

    /// <summary>No words: every record the filter keeps, by name.</summary>
    private static SearchResult Browse(IndexSearcher searcher, Filter? filter, FacetCollector facets, int offset, int limit)
    {
        var sort = new Sort(new SortField(IndexFields.SortName, SortFieldType.STRING), SortField.FIELD_DOC);
        var top = TopFieldCollector.Create(sort, Math.Max(offset + limit, 1), fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: true);
        searcher.Search(new MatchAllDocsQuery(), filter, facets.Fields.Count > 0 ? MultiCollector.Wrap(top, facets) : top);
        var hits = top.GetTopDocs(offset, limit).ScoreDocs.Select(d => Hit(searcher, d.Doc, 0f, null)).ToArray();
        return new SearchResult(hits, offset, top.TotalHits, facets.Fields.Count > 0 ? facets.Facets() : [], []);
    }

    private static SearchHit Hit(IndexSearcher searcher, int doc, float score, IReadOnlyList<Highlight>? highlights)
    {
        var id = DocIds.Get(searcher, doc);
        var type = Core.Graph.NodeLabels.FromId(id) is { } label && DocumentBuilder.TypeOf(label) is { } t ? t : SearchableType.ORGANISATION;
        return new SearchHit(id, type, float.IsFinite(score) ? score : 0f, highlights ?? []);
    }
}
