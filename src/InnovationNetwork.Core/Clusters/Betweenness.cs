namespace InnovationNetwork.Core.Clusters;

/// <summary>
/// Betweenness centrality of an unweighted, undirected network by Brandes' algorithm (2001): one
/// breadth-first search per source, dependencies accumulated back up the search. On a large network it
/// estimates instead (Brandes and Pich 2007): the searches start from a sample of k sources, and the sums
/// are scaled by n ÷ k. The sample is deterministic — the k members whose ids hash lowest — so the same
/// graph always gives the same numbers.
/// </summary>
internal static class Betweenness
{
    /// <summary>
    /// Work allowed, in visited nodes and edges over all searches: exact when n·(n + 2m) fits, else the
    /// number of sources that fits, at least <see cref="MinSources"/>. About 10 ms on a 2-core machine.
    /// </summary>
    public const long Budget = 6_000_000;

    public const int MinSources = 32;

    /// <summary>Normalised betweenness of each node: C(v) ÷ ((n − 1)(n − 2) ÷ 2), in 0–1.</summary>
    public static (double[] Scores, BetweennessMethod Method) Compute(Csr adjacency, Func<int, string> idOf)
    {
        var n = adjacency.Rows;
        var scores = new double[n];
        if (n < 3)
        {
            return (scores, new BetweennessMethod(true, n, n));
        }

        var work = (long)n + adjacency.Items.Length;
        var sources = SourcesFor(n, work, idOf);
        var sigma = new double[n];
        var delta = new double[n];
        var distance = new int[n];
        var order = new int[n];
        Array.Fill(distance, -1);
        foreach (var s in sources)
        {
            Accumulate(adjacency, s, sigma, delta, distance, order, scores);
        }

        // Σ over sources counts each (s, t) pair from both ends: divide the full sum by (n−1)(n−2), not by half of it.
        var scale = (double)n / sources.Length / ((double)(n - 1) * (n - 2));
        for (var v = 0; v < n; v++)
        {
            scores[v] *= scale;
        }

        return (scores, new BetweennessMethod(sources.Length == n, sources.Length, n));
    }

    private static int[] SourcesFor(int n, long work, Func<int, string> idOf)
    {
        if (n * work <= Budget)
        {
            return Enumerable.Range(0, n).ToArray();
        }

        var k = (int)Math.Clamp(Budget / work, MinSources, n);
        return Enumerable.Range(0, n).OrderBy(v => StableHash(idOf(v))).ThenBy(v => v).Take(k).ToArray();
    }

    private static void Accumulate(Csr adjacency, int source, double[] sigma, double[] delta, int[] distance, int[] order, double[] scores)
    {
        int head = 0, tail = 0;
        order[tail++] = source;
        distance[source] = 0;
        sigma[source] = 1;
        while (head < tail)
        {
            var v = order[head++];
            foreach (var w in adjacency[v])
            {
                if (distance[w] < 0)
                {
                    distance[w] = distance[v] + 1;
                    order[tail++] = w;
                }

                if (distance[w] == distance[v] + 1)
                {
                    sigma[w] += sigma[v];
                }
            }
        }

        // Back up the search: δ(v) = Σ over successors w of σ(v)/σ(w) · (1 + δ(w)).
        for (var i = tail - 1; i >= 0; i--)
        {
            var v = order[i];
            var sum = 0.0;
            foreach (var w in adjacency[v])
            {
                if (distance[w] == distance[v] + 1)
                {
                    sum += sigma[v] / sigma[w] * (1 + delta[w]);
                }
            }

            delta[v] = sum;
            if (v != source)
            {
                scores[v] += sum;
            }
        }

        for (var i = 0; i < tail; i++)
        {
            var v = order[i];
            (sigma[v], delta[v], distance[v]) = (0, 0, -1);
        }
    }

    /// <summary>FNV-1a over the id's characters: stable across processes, unlike string.GetHashCode.</summary>
    private static uint StableHash(string id)
    {
        var hash = 2166136261u;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
