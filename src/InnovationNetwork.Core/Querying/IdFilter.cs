using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Querying;

/// <summary>
/// Conditions on a node's id. <see cref="Within"/> holds for the given node and everything below it in
/// its tree (places by LOCATED_IN, specialisms by SUBSPECIALISM_OF): "in Northumberland", "under Energy".
/// </summary>
public sealed class IdFilter
{
    public string? Eq { get; set; }
    public IReadOnlyList<string>? In { get; set; }
    public string? Within { get; set; }

    public bool Matches(InnovationGraph graph, string id) =>
        (Eq is null || id == Eq)
        && (In is null || In.Contains(id))
        && (Within is null || Trees.IsWithin(graph, id, Within));
}
