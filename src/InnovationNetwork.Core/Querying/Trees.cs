using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Querying;

/// <summary>Walks the two trees of the graph: specialisms (SUBSPECIALISM_OF) and places (LOCATED_IN).</summary>
public static class Trees
{
    /// <summary>
    /// Deeper than any tree the graph holds (places are four levels, specialisms three): a walk that goes on
    /// longer has met a cycle, which validation refuses to write, and stops rather than loop.
    /// </summary>
    private const int MaxDepth = 64;

    public static RelationshipType ParentType(NodeLabel label) =>
        label == NodeLabel.Specialism ? RelationshipType.SUBSPECIALISM_OF : RelationshipType.LOCATED_IN;

    /// <summary>The parent of a specialism or place, or null at the root.</summary>
    public static string? Parent(InnovationGraph graph, string id, RelationshipType type)
    {
        var parents = graph.Outgoing(id, type);
        return parents.Count == 0 ? null : parents[0].To;
    }

    /// <summary>Whether <paramref name="ancestor"/> is above the node (its parent, its parent's parent …), walked without collecting them.</summary>
    public static bool IsBelow(InnovationGraph graph, string id, string ancestor)
    {
        var type = ParentType(NodeLabels.FromId(id) ?? NodeLabel.Place);
        var at = Parent(graph, id, type);
        for (var depth = 0; at is not null && depth < MaxDepth; depth++, at = Parent(graph, at, type))
        {
            if (at == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The node's ancestors, nearest first.</summary>
    public static IEnumerable<string> Ancestors(InnovationGraph graph, string id)
    {
        var type = ParentType(NodeLabels.FromId(id) ?? NodeLabel.Place);
        var seen = new HashSet<string> { id };
        for (var parent = Parent(graph, id, type); parent is not null && seen.Add(parent); parent = Parent(graph, parent, type))
        {
            yield return parent;
        }
    }

    /// <summary>The node itself and all nodes below it.</summary>
    public static IEnumerable<string> SelfAndDescendants(InnovationGraph graph, string id)
    {
        var type = ParentType(NodeLabels.FromId(id) ?? NodeLabel.Place);
        var label = NodeLabels.FromId(id);
        var stack = new Stack<string>([id]);
        var seen = new HashSet<string>();
        while (stack.TryPop(out var current))
        {
            if (!seen.Add(current))
            {
                continue;
            }

            yield return current;
            foreach (var child in graph.Incoming(current, type))
            {
                if (NodeLabels.FromId(child.From) == label)
                {
                    stack.Push(child.From);
                }
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="id"/> is <paramref name="ancestor"/> or below it. Asked once per record by a
    /// "within" filter, so it walks up without allocating (a set and an iterator per record was most of what
    /// a filtered list of 100k organisations allocated).
    /// </summary>
    public static bool IsWithin(InnovationGraph graph, string id, string ancestor)
    {
        var type = ParentType(NodeLabels.FromId(id) ?? NodeLabel.Place);
        string? current = id;
        for (var depth = 0; current is not null && depth <= MaxDepth; depth++)
        {
            if (current == ancestor)
            {
                return true;
            }

            current = Parent(graph, current, type);
        }

        return false;
    }
}
