using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.Search.Indexing;
using InnovationNetwork.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace InnovationNetwork.Search;

// Text relevance for matching: a need against records of one type, and "more like this".
public sealed partial class LuceneIndex
{
    private static readonly string[] ProfileFields =
        [IndexFields.Name, IndexFields.Keywords, IndexFields.Text, IndexFields.Specialisms, IndexFields.Capabilities, IndexFields.Activity];

    public TextMatches MatchText(TextMatchRequest request, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(request);
        return MatchText(request.Text, [new TextMatchTarget(request.Type, request.Limit) { Filter = request.Filter }], viewer)[0];
    }

    public IReadOnlyList<TextMatches> MatchText(string text, IReadOnlyList<TextMatchTarget> targets, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(targets);
        text ??= "";
        var words = TextAnalysis.Analyse(_analyzers.Query, IndexFields.Text, text.Length > SearchChecks.MaxTextLength ? text[..SearchChecks.MaxTextLength] : text);
        if (words.Count == 0)
        {
            return targets.Select(_ => TextMatches.None).ToArray();
        }

        return Read(searcher =>
        {
            var selected = TextQueryBuilder.Select(searcher.IndexReader, words, TextQueryBuilder.MaxMatchWords, weightByFrequency: true);
            var built = TextQueryBuilder.Build(searcher.IndexReader, selected, FieldBoosts.Match, requireMost: false);
            if (built.IsEmpty)
            {
                return targets.Select(_ => TextMatches.None).ToArray();
            }

            // One pass over the words' postings for every target (kept to the targets' types), then each target's best re-scored.
            var collector = new TargetCollector(targets.Select(t => (_filters.Get(t.Filter, viewer, [t.Type]), Math.Max(t.Limit, 0) * built.Oversample)).ToArray());
            searcher.Search(built.Matching, _filters.Get(SearchFilter.None, viewer, targets.Select(t => t.Type).Distinct().ToArray()), collector);
            var rescorer = new FieldRescorer(searcher, built);
            return collector.Results()
                .Select((first, t) => new TextMatches(Matches(searcher, built, rescorer.Rescore(first, first.Length), targets[t].Limit)))
                .ToArray();
        });
    }

    public TextMatches MoreLikeThis(string id, int limit, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (NodeLabels.FromId(id) is not { } label || DocumentBuilder.TypeOf(label) is not { } type || limit <= 0)
        {
            return TextMatches.None;
        }

        return Read(searcher =>
        {
            if (DocIds.Find(searcher, id) is not { } doc)
            {
                return TextMatches.None;
            }

            var words = TermsOf(searcher.IndexReader, doc);
            var selected = TextQueryBuilder.Select(searcher.IndexReader, words, TextQueryBuilder.MaxMatchWords, weightByFrequency: true);
            var built = TextQueryBuilder.Build(searcher.IndexReader, selected, FieldBoosts.Match, requireMost: false);
            return built.IsEmpty ? TextMatches.None : Run(searcher, built, id, _filters.Get(SearchFilter.None, viewer, [type]), limit);
        });
    }

    /// <summary>The best <paramref name="limit"/> by BM25 over all text, re-scored field by field, leaving out <paramref name="except"/>.</summary>
    private static TextMatches Run(IndexSearcher searcher, BuiltQuery built, string? except, Filter? filter, int limit)
    {
        Query matching = built.Matching;
        if (except is not null)
        {
            matching = new BooleanQuery { { built.Matching, Occur.MUST }, { new TermQuery(new Term(IndexFields.Id, except)), Occur.MUST_NOT } };
        }

        var first = searcher.Search(matching, filter, limit * built.Oversample).ScoreDocs;
        var matches = Matches(searcher, built, new FieldRescorer(searcher, built).Rescore(first, first.Length), limit);
        return new TextMatches(matches);
    }

    /// <summary>The best <paramref name="limit"/> re-scored hits, each with the searched words its text holds.</summary>
    private static TextMatch[] Matches(IndexSearcher searcher, BuiltQuery built, Rescored[] hits, int limit) => hits
        .Take(limit)
        .Select(d => new TextMatch(DocIds.Get(searcher, d.Doc), d.Score)
        {
            Mentions = built.Scoring.Where((_, w) => d.HasWord(w)).Select(w => w.Word.Surface).ToArray(),
        })
        .ToArray();

    /// <summary>A document's words with their frequencies, read from its term vectors.</summary>
    private static List<AnalysedWord> TermsOf(IndexReader reader, int doc)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (reader.GetTermVectors(doc) is not { } vectors)
        {
            return [];
        }

        foreach (var field in ProfileFields)
        {
            if (vectors.GetTerms(field)?.GetEnumerator() is not { } terms)
            {
                continue;
            }

            while (terms.MoveNext())
            {
                var term = terms.Term.Utf8ToString();
                counts[term] = counts.GetValueOrDefault(term) + (int)terms.TotalTermFreq;
            }
        }

        return counts.Select(kv => new AnalysedWord(kv.Key, kv.Key, kv.Value)).ToList();
    }

    /// <summary>
    /// The evaluation's baseline, plain BM25: every distinct word of the text (up to Lucene's clause limit),
    /// weighted by how often the text uses it, against each record's whole text as one field; no field
    /// boosts, no word selection, nothing else.
    /// </summary>
    internal TextMatches PlainBm25(string text, SearchableType type, int limit, SearchFilter filter, Viewer viewer)
    {
        var words = TextAnalysis.Analyse(_analyzers.Query, IndexFields.Text, text).Take(BooleanQuery.MaxClauseCount).ToList();
        if (words.Count == 0)
        {
            return TextMatches.None;
        }

        return Read(searcher =>
        {
            var query = new BooleanQuery(disableCoord: true);
            foreach (var word in words)
            {
                query.Add(new TermQuery(new Term(IndexFields.All, word.Term)) { Boost = word.Count }, Occur.SHOULD);
            }

            var top = searcher.Search(query, _filters.Get(filter, viewer, [type]), limit);
            return new TextMatches(top.ScoreDocs.Select(d => new TextMatch(DocIds.Get(searcher, d.Doc), d.Score)).ToArray());
        });
    }
}
