namespace InnovationNetwork.Core.Clusters;

/// <summary>
/// Betweenness centrality of an unweighted, undirected network by Brandes' algorithm (2001): one
/// breadth-first search per source, dependencies accumulated back up the search. On a large network it
/// estimates instead (Brandes and Pich 2007): the searches start from a sample of k of the n′ organisations
/// that have partners, and the sums are scaled by n′ ÷ k. The sample is deterministic — the k whose ids hash
/// lowest — so the same graph always gives the same numbers.
/// </summary>
internal static class Betweenness
{
    /// <summary>
    /// Work allowed, in visited nodes and edges over all searches, counting only organisations with at least
    /// one partner (n′): exact when n′·(n′ + 2m) fits (or when the sample that fits would hold nine in ten
    /// sources anyway), else the number of sources that fits, at least <see cref="MinSources"/>: a few milliseconds.
    /// </summary>
    public const long Budget = 1_000_000;

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

        // Organisations without partners lie on no path and start none that matter: leave them out of the
        // work and of the sample (an estimate over the linked ones is the same estimate, with less noise).
        var linked = Enumerable.Range(0, n).Where(v => adjacency.Count(v) > 0).ToArray();
        var work = (long)linked.Length + adjacency.Items.Length;
        var sources = SourcesFor(linked, work, idOf);
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
        // Rounded to 12 places: sums taken in another order (the index follows the graph's own order) then
        // give exactly equal scores, and ties fall to the name, as everywhere else.
        var scale = sources.Length == 0 ? 0 : (double)linked.Length / sources.Length / ((double)(n - 1) * (n - 2));
        for (var v = 0; v < n; v++)
        {
            scores[v] = Math.Round(scores[v] * scale, 12);
        }

        return (scores, new BetweennessMethod(sources.Length == linked.Length, sources.Length, n));
    }

    private static int[] SourcesFor(int[] linked, long work, Func<int, string> idOf)
    {
        var n = linked.Length;
        var k = (int)Math.Clamp(Budget / Math.Max(work, 1), Math.Min(MinSources, n), n);
        if (n * work <= Budget || k * 10L >= n * 9L)
        {
            // Within budget, or a sample of nine in ten or more would cost nearly as much as every source.
            return linked;
        }

        return linked.OrderBy(v => StableHash(idOf(v))).ThenBy(idOf, StringComparer.Ordinal).Take(k).ToArray();
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
