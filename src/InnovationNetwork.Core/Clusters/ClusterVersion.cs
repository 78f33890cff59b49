using System.Collections.Concurrent;

namespace InnovationNetwork.Core.Clusters;

/// <summary>
/// Everything cluster analytics has worked out for one graph version: the index, the place masks and
/// totals, the proximity matrix and the clusters asked for. Dropped as a whole when the version moves.
/// </summary>
internal sealed class ClusterVersion(ClusterIndex index)
{
    /// <summary>Beyond this many cached clusters the cache starts again, so odd requests cannot grow it without end.</summary>
    public const int MaxCachedClusters = 4_096;

    public ClusterIndex Index { get; } = index;

    public long Version => Index.Version;

    public Lazy<Proximity> Proximity { get; } = new(() => Clusters.Proximity.Compute(index));

    public ConcurrentDictionary<int, Lazy<(bool[] Orgs, bool[] Places)>> Places { get; } = new();

    public ConcurrentDictionary<(int Place, int From, int To, int Currency), Lazy<PlaceTotals>> Totals { get; } = new();

    public ConcurrentDictionary<(int From, int To, int Currency), Lazy<SpecialismTotals>> National { get; } = new();

    public ConcurrentDictionary<ClusterKey, Lazy<ClusterStrength>> Strengths { get; } = new();

    public (bool[] Orgs, bool[] Places)? Within(int place) => place < 0
        ? null
        : Places.GetOrAdd(place, p => new(() => (Index.OrgsWithin(p), Index.PlaceSubtree(p)))).Value;

    public PlaceTotals TotalsFor(int place, ClusterPeriod period, int currency) =>
        Totals.GetOrAdd((place, period.From, period.To, currency),
            _ => new(() => PlaceTotals.Compute(Index, Within(place)?.Orgs, period, currency))).Value;

    public SpecialismTotals NationalFor(ClusterPeriod period, int currency) =>
        National.GetOrAdd((period.From, period.To, currency), _ => new(() => SpecialismTotals.Compute(Index, period, currency))).Value;

    public ClusterStrength StrengthFor(ClusterKey key, Func<ClusterStrength> compute)
    {
        if (Strengths.Count >= MaxCachedClusters)
        {
            Strengths.Clear();
        }

        return Strengths.GetOrAdd(key, _ => new(compute)).Value;
    }
}

/// <summary>What a cached cluster is keyed by: specialism, place (-1 for none), period, day of "active", currency.</summary>
internal readonly record struct ClusterKey(int Spec, int Place, int From, int To, int ActiveOn, string Currency);
