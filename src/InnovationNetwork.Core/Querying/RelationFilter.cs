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

    public bool Matches(InnovationGraph graph, IReadOnlyList<string> ids)
    {
        // A loop by index rather than Any/All with lambdas or an enumerator: this runs once per record of a
        // filtered list.
        bool some = Some is null, none = true, every = true;
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            some = some || Some!.MatchesId(graph, id);
            none = none && (None is null || !None.MatchesId(graph, id));
            every = every && (Every is null || Every.MatchesId(graph, id));
        }

        return some && none && every;
    }
}
