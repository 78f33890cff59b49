using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Querying;

/// <summary>
/// Conditions on a node's id. <see cref="Within"/> holds for the given node and everything below it in
/// its tree (places by LOCATED_IN, specialisms by SUBSPECIALISM_OF): "in Northumberland", "under Energy".
/// </summary>
public sealed class IdFilter
{
    // A list filters every record against the same few places or specialisms, so the answer for each is
    // remembered for the life of this filter (one request); the trees hold a few hundred nodes at most.
    private Dictionary<string, bool>? _within;
    private InnovationGraph? _withinGraph;

    public string? Eq { get; set; }
    public IReadOnlyList<string>? In { get; set; }
    public string? Within
    {
        get;
        set => (field, _within) = (value, null);
    }

    public bool Matches(InnovationGraph graph, string id) =>
        (Eq is null || id == Eq)
        && (In is null || In.Contains(id))
        && (Within is null || IsWithin(graph, id, Within));

    private bool IsWithin(InnovationGraph graph, string id, string ancestor)
    {
        if (_within is null || !ReferenceEquals(graph, _withinGraph))
        {
            (_within, _withinGraph) = (new Dictionary<string, bool>(StringComparer.Ordinal), graph);
        }

        if (!_within!.TryGetValue(id, out var within))
        {
            _within[id] = within = Trees.IsWithin(graph, id, ancestor);
        }

        return within;
    }
}
