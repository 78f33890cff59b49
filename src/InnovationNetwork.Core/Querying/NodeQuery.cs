using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Querying;

/// <summary>The one way lists are read: visible to the viewer, filtered, then ordered.</summary>
public static class NodeQuery
{
    /// <param name="top">
    /// How many items from the start a page reaches (after + first): only those are put in order
    /// (<see cref="Ordering.First{T}"/>), and the list can be read only that far, though its Count is every
    /// match's. Null puts every match in order.
    /// </param>
    public static IReadOnlyList<T> List<T, TFilter>(
        InnovationGraph graph,
        Viewer viewer,
        TFilter? filter,
        IReadOnlyList<(Func<T, IComparable?> Key, SortDirection Direction)> order,
        int? top = null)
        where T : Node
        where TFilter : NodeFilter<TFilter, T>
    {
        var matching = Matching<T, TFilter>(graph, viewer, filter);
        return top is { } count ? Ordering.First(matching, order, count) : Ordering.Sort(matching, order);
    }

    private static IEnumerable<T> Matching<T, TFilter>(InnovationGraph graph, Viewer viewer, TFilter? filter)
        where T : Node
        where TFilter : NodeFilter<TFilter, T>
    {
        foreach (var node in graph.Nodes(InnovationGraph.LabelOf<T>()))
        {
            if (node is T n && viewer.CanSee(graph, n) && (filter?.Matches(graph, n) ?? true))
            {
                yield return n;
            }
        }
    }

    /// <summary>Ids at the far end of the node's relationships of one type.</summary>
    public static IReadOnlyList<string> Targets(this InnovationGraph graph, string id, RelationshipType type) =>
        new RelationshipEnds(graph.Outgoing(id, type), far: true);

    /// <summary>Ids at the near end of relationships of one type that point at the node.</summary>
    public static IReadOnlyList<string> Sources(this InnovationGraph graph, string id, RelationshipType type) =>
        new RelationshipEnds(graph.Incoming(id, type), far: false);

    /// <summary>The visible nodes of one type related to a node.</summary>
    public static IEnumerable<T> Related<T>(this InnovationGraph graph, Viewer viewer, IEnumerable<string> ids) where T : Node =>
        ids.Select(graph.Find<T>).OfType<T>().Where(n => viewer.CanSee(graph, n));
}
