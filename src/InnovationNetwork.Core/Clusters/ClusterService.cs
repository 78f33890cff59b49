using System.Runtime.CompilerServices;
using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Clusters;

/// <summary>
/// Cluster strength for LEP staff: one specialism's cluster (<see cref="Strength"/>) or the whole map
/// (<see cref="Rank"/>), computed from the in-memory graph and cached per graph version — any applied change
/// moves <see cref="InnovationGraph.Sequence"/>, and the next request starts from a fresh index.
/// One service per graph (<see cref="For"/>); it lives exactly as long as the graph it reads.
/// </summary>
public sealed class ClusterService
{
    /// <summary>The North East (ONS E12000001), the region the directory serves.</summary>
    public const string NorthEastId = "place-E12000001";

    private static readonly ConditionalWeakTable<InnovationGraph, ClusterService> PerGraph = new();

    private readonly InnovationGraph _graph;
    private readonly TimeProvider _clock;
    private readonly Lock _buildLock = new();
    private ClusterVersion? _current;

    public ClusterService(InnovationGraph graph, TimeProvider? clock = null, string homeRegionId = NorthEastId)
    {
        _graph = graph;
        _clock = clock ?? TimeProvider.System;
        HomeRegionId = homeRegionId;
    }

    /// <summary>The region places are compared with for the "outside the region" note.</summary>
    public string HomeRegionId { get; }

    /// <summary>The service attached to this graph (created on first use, collected with the graph).</summary>
    public static ClusterService For(InnovationGraph graph) => PerGraph.GetValue(graph, g => new ClusterService(g));

    /// <summary>How strong the specialism's cluster is; throws <see cref="ClusterRequestException"/> for non-staff, unknown ids or a backwards period.</summary>
    public ClusterStrength Strength(Viewer viewer, ClusterRequest request)
    {
        ClusterRequestCheck.ThrowIfInvalid(_graph, viewer, request.SpecialismId, request.PlaceId, request.From, request.To, request.Currency);
        var version = Current();
        if (!version.Index.SpecIndex.ContainsKey(request.SpecialismId)
            || (request.PlaceId is not null && !version.Index.PlaceIndex.ContainsKey(request.PlaceId)))
        {
            // Found in the live graph a moment ago but not in this index: a change raced the build. Build again
            // once; if the node is still missing it was removed meanwhile.
            version = Current(force: true);
            ClusterRequestCheck.ThrowIfMissing(version.Index, request.SpecialismId, request.PlaceId);
        }

        var spec = version.Index.SpecIndex[request.SpecialismId];
        return StrengthOf(version, spec, request);
    }

    /// <summary>Every specialism's cluster (or those under <see cref="ClusterRankRequest.Under"/>) in one place and period, ranked.</summary>
    public IReadOnlyList<ClusterStrength> Rank(Viewer viewer, ClusterRankRequest request)
    {
        ClusterRequestCheck.ThrowIfInvalid(_graph, viewer, request.Under, request.PlaceId, request.From, request.To, request.Currency, "under");
        var version = Current();
        var ix = version.Index;
        ClusterRequestCheck.ThrowIfMissing(ix, request.Under, request.PlaceId);
        var under = request.Under is null ? -1 : ix.SpecIndex[request.Under];
        var specs = Enumerable.Range(0, ix.SpecCount).Where(s => under < 0 || ix.IsWithin(s, under)).ToArray();
        var strengths = new ClusterStrength[specs.Length];
        Parallel.For(0, specs.Length, i => strengths[i] = StrengthOf(version, specs[i], request.For(ix.Specs[specs[i]].Id)));

        var bySpec = strengths.ToDictionary(c => c.Specialism.Id, StringComparer.Ordinal);
        var keys = (request.OrderBy is { Count: > 0 } order ? order : ClusterOrder.Default)
            .Append(new ClusterOrder(ClusterOrderField.NAME, SortDirection.ASC))
            .Select(o => o.Key())
            .Select(k => ((Func<Specialism, IComparable?>)(s => k.Key(bySpec[s.Id])), k.Direction))
            .ToArray();
        return Ordering.Sort(strengths.Select(c => c.Specialism), keys).Select(s => bySpec[s.Id]).ToArray();
    }

    /// <summary>Builds the index for the current graph version now, if it is not built yet (see <see cref="ClusterIndexWarmer"/>).</summary>
    public void WarmUp() => Current();

    /// <summary>Drops the cached answers but keeps the index: for benchmarks that time a new question on an unchanged graph.</summary>
    internal void ForgetAnswers() => Current().Strengths.Clear();

    private ClusterStrength StrengthOf(ClusterVersion version, int spec, ClusterRequest request)
    {
        var ix = version.Index;
        var place = request.PlaceId is null ? -1 : ix.PlaceIndex[request.PlaceId];
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        var period = ClusterPeriod.Of(request.From, request.To, request.ActiveOn(today));
        var key = new ClusterKey(spec, place, period.From, period.To, period.ActiveOn, request.Currency);
        return version.StrengthFor(key, () => ClusterBuilder.Build(version, spec, place, period, request, HomeRegionId));
    }

    private ClusterVersion Current(bool force = false)
    {
        var current = Volatile.Read(ref _current);
        if (!force && current is not null && current.Version == _graph.Sequence)
        {
            return current;
        }

        lock (_buildLock)
        {
            current = _current;
            if (force || current is null || current.Version != _graph.Sequence)
            {
                current = new ClusterVersion(ClusterIndex.Build(_graph));
                Volatile.Write(ref _current, current);
            }

            return current;
        }
    }
}
