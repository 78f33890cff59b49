namespace InnovationNetwork.Core.Clusters;

/// <summary>
/// Relatedness between specialisms from co-occurrence in organisations' portfolios, as in Hidalgo et al.'s
/// product space (2007) and the smart-specialisation literature after it (Boschma, Balland): proximity
/// φ(i, j) = min(P(i | j), P(j | i)) = N(i, j) ÷ max(N(i), N(j)), where N(i) counts organisations whose
/// portfolio holds i (they specialise in it or below it) and N(i, j) those holding both. The whole dataset
/// is used, so relatedness describes specialisms, not places. Computed once per graph version.
/// </summary>
internal sealed class Proximity
{
    private readonly int _count;
    private readonly int[] _shared;
    private readonly int[] _holders;

    private Proximity(int count, int[] shared, int[] holders) => (_count, _shared, _holders) = (count, shared, holders);

    public static Proximity Compute(ClusterIndex ix)
    {
        var s = ix.SpecCount;
        var shared = new int[s * s];
        for (var o = 0; o < ix.OrgCount; o++)
        {
            var portfolio = ix.OrgSpecs[o];
            foreach (var a in portfolio)
            {
                foreach (var b in portfolio)
                {
                    shared[a * s + b]++;
                }
            }
        }

        var holders = new int[s];
        for (var i = 0; i < s; i++)
        {
            holders[i] = shared[i * s + i];
        }

        return new Proximity(s, shared, holders);
    }

    public int Shared(int i, int j) => _shared[i * _count + j];

    /// <summary>φ(i, j); 0 when neither specialism has organisations.</summary>
    public double Phi(int i, int j)
    {
        var max = Math.Max(_holders[i], _holders[j]);
        return max == 0 ? 0 : (double)Shared(i, j) / max;
    }

    /// <summary>The specialisms most related to <paramref name="spec"/>, outside its own line, with φ &gt; 0.</summary>
    public IReadOnlyList<RelatedSpecialism> Related(ClusterIndex ix, int spec, int max)
    {
        var lineage = ix.Lineage(spec);
        return Enumerable.Range(0, _count)
            .Where(t => !lineage[t] && Shared(spec, t) > 0)
            .Select(t => new RelatedSpecialism(ix.Specs[t], Phi(spec, t), Shared(spec, t)))
            .OrderByDescending(r => r.Proximity).ThenByDescending(r => r.SharedOrganisations)
            .ThenBy(r => r.Specialism.Name, StringComparer.Ordinal)
            .Take(max).ToArray();
    }

    /// <summary>
    /// Relatedness density of the place around the specialism: ω = Σ φ(s, t)·x(t) ÷ Σ φ(s, t) over specialisms
    /// t outside s's line, where x(t) = 1 when the place's location quotient by organisations in t is at least 1
    /// (a revealed comparative advantage). Null when s is related to nothing, so the sum below is zero.
    /// </summary>
    public double? Density(ClusterIndex ix, int spec, PlaceTotals place, PlaceTotals all)
    {
        var lineage = ix.Lineage(spec);
        double weighted = 0, total = 0;
        for (var t = 0; t < _count; t++)
        {
            if (lineage[t])
            {
                continue;
            }

            var phi = Phi(spec, t);
            total += phi;
            var lq = new LocationQuotient(place.OrganisationsBySpecialism[t], place.Organisations, all.OrganisationsBySpecialism[t], all.Organisations).Value;
            if (lq >= 1)
            {
                weighted += phi;
            }
        }

        return Ratio.Of(weighted, total);
    }
}
