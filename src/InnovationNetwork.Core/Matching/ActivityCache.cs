using System.Collections.Concurrent;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Matching;

/// <summary>
/// Each organisation's activity, remembered until the graph moves on (or another day or half-life is asked
/// for): the big universities take part in thousands of projects, and every need that reaches them would
/// otherwise walk them all again.
/// </summary>
internal sealed class ActivityCache
{
    private volatile Entry _entry = new(null, -1, default, 0);

    public Activity Of(InnovationGraph graph, string organisationId, DateOnly asOf, double halfLifeYears)
    {
        var entry = _entry;
        if (!ReferenceEquals(entry.Graph, graph) || entry.Sequence != graph.Sequence || entry.AsOf != asOf || entry.HalfLife != halfLifeYears)
        {
            entry = _entry = new Entry(graph, graph.Sequence, asOf, halfLifeYears);
        }

        return entry.Values.GetOrAdd(organisationId, id => ActivityPrior.Of(graph, id, asOf, halfLifeYears));
    }

    private sealed record Entry(InnovationGraph? Graph, long Sequence, DateOnly AsOf, double HalfLife)
    {
        public ConcurrentDictionary<string, Activity> Values { get; } = new(StringComparer.Ordinal);
    }
}
