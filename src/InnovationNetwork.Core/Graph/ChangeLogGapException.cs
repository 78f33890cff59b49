namespace InnovationNetwork.Core.Graph;

/// <summary>
/// A change batch arrived out of order: applying it would make the in-memory graph diverge from the
/// store. The holder of the graph reloads it in full.
/// </summary>
public sealed class ChangeLogGapException(long appliedSequence, long receivedSequence)
    : Exception($"The change log jumped from sequence {appliedSequence} to {receivedSequence}; the graph must be reloaded.")
{
    public long AppliedSequence { get; } = appliedSequence;
    public long ReceivedSequence { get; } = receivedSequence;
}
