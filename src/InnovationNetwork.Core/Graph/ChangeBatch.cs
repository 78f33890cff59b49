namespace InnovationNetwork.Core.Graph;

/// <summary>
/// An entry of the change log: the changes one write made, in order, with who made them and when.
/// <see cref="Sequence"/> increases by one per batch, with no gaps.
/// </summary>
public sealed record ChangeBatch(long Sequence, DateTimeOffset At, string Actor, IReadOnlyList<Change> Changes);
