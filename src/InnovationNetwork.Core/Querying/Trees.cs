using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Querying;

/// <summary>Walks the two trees of the graph: specialisms (SUBSPECIALISM_OF) and places (LOCATED_IN).</summary>
public static class Trees
{
    public static RelationshipType ParentType(NodeLabel label) =>
        label == NodeLabel.Specialism ? RelationshipType.SUBSPECIALISM_OF : RelationshipType.LOCATED_IN;

    /// <summary>The parent of a specialism or place, or null at the root.</summary>
    public static string? Parent(InnovationGraph graph, string id, RelationshipType type)
    {
        var parents = graph.Outgoing(id, type);
        return parents.Count == 0 ? null : parents[0].To;
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

    public static bool IsWithin(InnovationGraph graph, string id, string ancestor) =>
        id == ancestor || Ancestors(graph, id).Contains(ancestor);
}
