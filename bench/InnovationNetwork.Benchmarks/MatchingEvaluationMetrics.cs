namespace InnovationNetwork.Benchmarks;

/// <summary>recall@k and nDCG@k with binary relevance, averaged over needs.</summary>
public static class MatchingEvaluationMetrics
{
    public const int K = 10;

    public static double Recall(IReadOnlyList<string> ranked, IReadOnlySet<string> relevant) =>
        relevant.Count == 0 ? 0 : (double)ranked.Take(K).Count(relevant.Contains) / relevant.Count;

    /// <summary>DCG = Σ rel(i) / log2(i + 1) over the first k ranks (i from 1), over the DCG of a perfect ranking.</summary>
    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlySet<string> relevant)
    {
        if (relevant.Count == 0)
        {
            return 0;
        }

        double dcg = 0, ideal = 0;
        for (var i = 0; i < Math.Min(K, ranked.Count); i++)
        {
            if (relevant.Contains(ranked[i]))
            {
                dcg += 1 / Math.Log2(i + 2);
            }
        }

        for (var i = 0; i < Math.Min(K, relevant.Count); i++)
        {
            ideal += 1 / Math.Log2(i + 2);
        }

        return dcg / ideal;
    }
}

/// <summary>Mean recall@10 and nDCG@10 of one method on one set of needs.</summary>
public readonly record struct MatchingEvaluationScore(int Needs, double Recall, double Ndcg)
{
    public static MatchingEvaluationScore Of(IReadOnlyList<(IReadOnlyList<string> Ranked, IReadOnlySet<string> Relevant)> runs) =>
        runs.Count == 0
            ? new(0, 0, 0)
            : new(runs.Count, runs.Average(r => MatchingEvaluationMetrics.Recall(r.Ranked, r.Relevant)), runs.Average(r => MatchingEvaluationMetrics.Ndcg(r.Ranked, r.Relevant)));
}
