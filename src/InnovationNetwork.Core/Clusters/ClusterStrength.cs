using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Clusters;

/// <summary>
/// How strong one specialism's cluster is in one place and period. The counts, money, location quotients and
/// time series are computed when it is made; the network measures, betweenness and relatedness are computed
/// the first time they are read, so a ranking by counts never pays for them. Immutable and thread-safe; cached
/// per graph version by <see cref="ClusterService"/>.
/// </summary>
public sealed partial class ClusterStrength
{
    private readonly Lazy<ClusterCollaboration> _collaboration;
    private readonly Lazy<(IReadOnlyList<BetweennessConnector> Top, BetweennessMethod Method)> _betweenness;
    private readonly Lazy<IReadOnlyList<RelatedSpecialism>> _related;
    private readonly Lazy<double?> _relatednessDensity;

    public required Specialism Specialism { get; init; }

    /// <summary>The place asked about; null for the whole dataset.</summary>
    public Place? Place { get; init; }

    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public required string Currency { get; init; }

    public required ClusterOrganisations Organisations { get; init; }
    public required int People { get; init; }
    public required ClusterEmployment Employment { get; init; }
    public required ClusterProjects Projects { get; init; }
    public required ClusterFunding Funding { get; init; }
    public required LocationQuotients LocationQuotient { get; init; }
    public required IReadOnlyList<ClusterYear> TimeSeries { get; init; }

    /// <summary>Plain-language caveats a reader needs: empty cluster, low coverage, a place outside the region, money left out.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    public ClusterNetwork Network => _collaboration.Value.Network;
    public IReadOnlyList<DegreeConnector> TopByDegree => _collaboration.Value.TopByDegree;
    public IReadOnlyList<BetweennessConnector> TopByBetweenness => _betweenness.Value.Top;
    public BetweennessMethod BetweennessMethod => _betweenness.Value.Method;
    public IReadOnlyList<ClusterBroker> Brokers => _collaboration.Value.Brokers;
    public IReadOnlyList<ClusterBridge> Bridges => _collaboration.Value.Bridges;
    public IReadOnlyList<RelatedSpecialism> Related => _related.Value;
    public double? RelatednessDensity => _relatednessDensity.Value;

    internal ClusterStrength(ClusterIndex ix, ClusterCore core, ClusterPeriod period, Lazy<Proximity> proximity, PlaceTotals place, PlaceTotals all)
    {
        _collaboration = new(() => ClusterCollaboration.Compute(ix, core, period));
        _betweenness = new(() =>
        {
            var (scores, method) = Betweenness.Compute(_collaboration.Value.Adjacency, u => ix.Orgs[core.Members[u]].Id);
            var adjacency = _collaboration.Value.Adjacency;
            var top = TopK.Select(Enumerable.Range(0, scores.Length).Where(u => scores[u] > 0), ClusterCollaboration.MaxTop,
                    (a, b) => scores[b].CompareTo(scores[a]) is var c && c != 0 ? c : Names.Compare(ix.Orgs[core.Members[a]], ix.Orgs[core.Members[b]]))
                .Select(u => new BetweennessConnector(ix.Orgs[core.Members[u]], adjacency.Count(u), scores[u]))
                .ToArray();
            return (top, method);
        });
        _related = new(() => proximity.Value.Related(ix, core.Spec, ClusterCollaboration.MaxTop));
        _relatednessDensity = new(() => proximity.Value.Density(ix, core.Spec, place, all));
    }

    /// <summary>Computes every lazy measure now (benchmarks and exports want the whole table).</summary>
    public ClusterStrength Complete()
    {
        _ = (Network, TopByBetweenness, Related, RelatednessDensity);
        return this;
    }

    internal static Money Money(decimal amount, string currency) => new(amount, currency);
}
