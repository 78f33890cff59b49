using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Imports;

/// <summary>
/// The changes that bring the graph to an <see cref="ImportPlan"/>, in the order they must be written:
/// nodes, then removed relationships, then added or changed ones; with counts for the summary.
/// </summary>
public sealed record ImportChanges(IReadOnlyList<Change> Changes)
{
    public int NodesCreated { get; init; }
    public int NodesUpdated { get; init; }
    public int NodesUnchanged { get; init; }
    public int LinksAdded { get; init; }
    public int LinksChanged { get; init; }
    public int LinksRemoved { get; init; }
    public int LinksUnchanged { get; init; }

    public bool IsEmpty => Changes.Count == 0;
}
