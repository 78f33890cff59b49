using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// Re-scores the best first-pass hits field by field: each word scores as its best field plus a little of
/// the others (a disjunction-max over its terms), and a hit's score is the sum over its words. Each term's
/// postings are advanced only to those hits, not through every document that has the word, and the pass
/// notes which words and fields each hit matched: what "mentions …" reasons and highlighting need, without
/// reading the documents again. Scores are BM25 as a term query's; the terms are looked up once, however many
/// hit lists are re-scored, and postings are read with one enumerator per field instead of one per term.
/// </summary>
internal sealed class FieldRescorer
{
    /// <summary>Hits past this position keep their first-pass order, so every page of one search is cut from the same list.</summary>
    public const int Window = 100;

    private readonly IndexSearcher _searcher;
    private readonly BuiltQuery _query;

    /// <summary>For each word, each clause's BM25 weight and its term's state in each segment (null where absent).</summary>
    private readonly (Similarity.SimWeight Weight, TermState?[] States)[][] _clauses;

    public FieldRescorer(IndexSearcher searcher, BuiltQuery query)
    {
        if (query.Scoring.Count > 64 || query.Fields.Count > 32)
        {
            throw new ArgumentException("At most 64 words over 32 fields can be re-scored.", nameof(query));
        }

        _searcher = searcher;
        _query = query;
        var leaves = searcher.IndexReader.Leaves;
        var states = query.Scoring.Select(w => w.Clauses.Select(_ => new TermState?[leaves.Count]).ToArray()).ToArray();
        var stats = query.Scoring.Select(w => new (long Docs, long Total)[w.Clauses.Count]).ToArray();

        // One terms enumerator per field and segment looks every term up, where a term query each builds its own.
        foreach (var leaf in leaves)
        {
            for (var f = 0; f < query.Fields.Count; f++)
            {
                if (leaf.AtomicReader.GetTerms(query.Fields[f])?.GetEnumerator() is not { } terms)
                {
                    continue;
                }

                for (var w = 0; w < query.Scoring.Count; w++)
                {
                    var clauses = query.Scoring[w].Clauses;
                    for (var c = 0; c < clauses.Count; c++)
                    {
                        if (clauses[c].Field == f && terms.SeekExact(clauses[c].Term.Bytes))
                        {
                            states[w][c][leaf.Ord] = terms.GetTermState();
                            stats[w][c] = (stats[w][c].Docs + terms.DocFreq, stats[w][c].Total + terms.TotalTermFreq);
                        }
                    }
                }
            }
        }

        var collections = query.Fields.Select(searcher.CollectionStatistics).ToArray();
        _clauses = query.Scoring
            .Select((word, w) => word.Clauses
                .Select((clause, c) =>
                {
                    // As a term query boosted by the clause would weigh it (BM25's query norm is 1).
                    var weight = searcher.Similarity.ComputeWeight(clause.Boost, collections[clause.Field],
                        new TermStatistics(clause.Term.Bytes, Math.Max(stats[w][c].Docs, 1), Math.Max(stats[w][c].Total, 1)));
                    weight.Normalize(1f, 1f);
                    return (weight, states[w][c]);
                })
                .ToArray())
            .ToArray();
    }

    /// <summary>
    /// The first <paramref name="window"/> hits re-scored and re-ordered (best first, then the lower document),
    /// those that matched none of the fields after them, then the rest as they were.
    /// </summary>
    public Rescored[] Rescore(ScoreDoc[] first, int window = Window)
    {
        var head = first.Take(window).Select(d => d.Doc).ToArray();
        var order = Enumerable.Range(0, head.Length).OrderBy(i => head[i]).ToArray();
        var scores = new float[head.Length];
        var words = new ulong[head.Length];
        var fields = new uint[head.Length];
        var best = new float[head.Length];
        var sum = new float[head.Length];
        var start = 0;
        foreach (var leaf in _searcher.IndexReader.Leaves)
        {
            var end = start;
            while (end < order.Length && head[order[end]] < leaf.DocBase + leaf.AtomicReader.MaxDoc)
            {
                end++;
            }

            if (end > start)
            {
                ScoreLeaf(leaf, head, order.AsSpan(start, end - start), scores, words, fields, best, sum);
            }

            start = end;
        }

        var rescored = Enumerable.Range(0, head.Length)
            .Where(i => fields[i] != 0)
            .OrderByDescending(i => scores[i])
            .ThenBy(i => head[i])
            .Select(i => new Rescored(head[i], scores[i], words[i], fields[i]));
        var unmatched = Enumerable.Range(0, head.Length)
            .Where(i => fields[i] == 0)
            .Select(i => new Rescored(head[i], first[i].Score, 0, 0));
        var rest = first.Skip(window).Select(d => new Rescored(d.Doc, d.Score, 0, Rescored.AnyField));
        return [.. rescored, .. unmatched, .. rest];
    }

    /// <summary>
    /// The hits <paramref name="order"/> points at (ascending documents, all in this leaf), word by word: each
    /// clause's postings advanced to them in turn, one terms enumerator and postings enumerator per field reused.
    /// </summary>
    private void ScoreLeaf(AtomicReaderContext leaf, int[] head, ReadOnlySpan<int> order, float[] scores, ulong[] words, uint[] fields, float[] best, float[] sum)
    {
        var live = leaf.AtomicReader.LiveDocs;
        var terms = new TermsEnum?[_query.Fields.Count];
        var postings = new DocsEnum?[_query.Fields.Count];
        for (var w = 0; w < _clauses.Length; w++)
        {
            var clauses = _query.Scoring[w].Clauses;
            foreach (var i in order)
            {
                best[i] = 0;
                sum[i] = 0;
            }

            for (var c = 0; c < clauses.Count; c++)
            {
                var (weight, states) = _clauses[w][c];
                var f = clauses[c].Field;
                if (states[leaf.Ord] is not { } state)
                {
                    continue;
                }

                terms[f] ??= leaf.AtomicReader.GetTerms(_query.Fields[f]).GetEnumerator();
                terms[f]!.SeekExact(clauses[c].Term.Bytes, state);
                var docs = postings[f] = terms[f]!.Docs(live, postings[f], DocsFlags.FREQS);
                var scorer = _searcher.Similarity.GetSimScorer(weight, leaf);
                foreach (var i in order)
                {
                    var doc = head[i] - leaf.DocBase;
                    if (docs.DocID < doc && docs.Advance(doc) == DocIdSetIterator.NO_MORE_DOCS)
                    {
                        break;
                    }

                    if (docs.DocID == doc)
                    {
                        var score = scorer.Score(doc, docs.Freq);
                        best[i] = Math.Max(best[i], score);
                        sum[i] += score;
                        fields[i] |= 1u << f;
                        if (clauses[c].Exact)
                        {
                            words[i] |= 1ul << w;
                        }
                    }
                }
            }

            foreach (var i in order)
            {
                scores[i] += best[i] + (sum[i] - best[i]) * TextQueryBuilder.TieBreaker;
            }
        }
    }
}

/// <summary>
/// A hit after re-scoring, with the words (bit i for <see cref="BuiltQuery.Scoring"/>[i], as written, not a
/// close spelling) and the fields (bit f for <see cref="BuiltQuery.Fields"/>[f]) it matched. Hits past the
/// window were not looked at field by field: no words, <see cref="AnyField"/>.
/// </summary>
internal readonly record struct Rescored(int Doc, float Score, ulong Words, uint Fields)
{
    public const uint AnyField = uint.MaxValue;

    public bool InField(int field) => (Fields & (1u << field)) != 0;

    public bool HasWord(int word) => (Words & (1ul << word)) != 0;
}
