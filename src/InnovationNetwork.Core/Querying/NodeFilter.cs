using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Querying;

/// <summary>
/// The shared shape of every <c>where</c> input: the type's own field conditions plus id, and, or, not.
/// All conditions that are set must hold.
/// </summary>
public abstract class NodeFilter<TSelf, TNode>
    where TSelf : NodeFilter<TSelf, TNode>
    where TNode : Node
{
    public IdFilter? Id { get; set; }
    public IReadOnlyList<TSelf>? And { get; set; }
    public IReadOnlyList<TSelf>? Or { get; set; }
    public TSelf? Not { get; set; }

    public bool Matches(InnovationGraph graph, TNode node) =>
        (Id?.Matches(graph, node.Id) ?? true)
        && MatchesFields(graph, node)
        && (And is null || And.All(f => f.Matches(graph, node)))
        && (Or is null || Or.Count == 0 || Or.Any(f => f.Matches(graph, node)))
        && (Not is null || !Not.Matches(graph, node));

    /// <summary>Whether the filter matches the node with the given id (false when there is none).</summary>
    public bool MatchesId(InnovationGraph graph, string id) => graph.Find(id) is TNode node && Matches(graph, node);

    /// <summary>Whether the filter matches any of the nodes with these ids.</summary>
    public bool MatchesAny(InnovationGraph graph, IReadOnlyList<string> ids)
    {
        // A loop by index rather than Any with a lambda: this runs once per record of a filtered list.
        for (var i = 0; i < ids.Count; i++)
        {
            if (MatchesId(graph, ids[i]))
            {
                return true;
            }
        }

        return false;
    }

    protected abstract bool MatchesFields(InnovationGraph graph, TNode node);
}
