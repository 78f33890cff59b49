using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Querying;

/// <summary>
/// Conditions on the nodes at the other end of a relationship: <see cref="Some"/> of them match,
/// <see cref="None"/> of them match, or <see cref="Every"/> one matches.
/// </summary>
public sealed class RelationFilter<TFilter, TNode>
    where TFilter : NodeFilter<TFilter, TNode>
    where TNode : Node
{
    public TFilter? Some { get; set; }
    public TFilter? None { get; set; }
    public TFilter? Every { get; set; }

    public bool Matches(InnovationGraph graph, IEnumerable<string> relatedIds)
    {
        var ids = relatedIds as IReadOnlyCollection<string> ?? relatedIds.ToArray();
        return (Some is null || ids.Any(id => Some.MatchesId(graph, id)))
            && (None is null || !ids.Any(id => None.MatchesId(graph, id)))
            && (Every is null || ids.All(id => Every.MatchesId(graph, id)));
    }
}
