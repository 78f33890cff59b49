namespace InnovationNetwork.Core.Graph;

/// <summary>
/// A full reload of the graph, and why: the change log could not be followed batch by batch without the
/// in-memory graph silently diverging from the store. <see cref="Message"/> is the sentence an operator reads.
/// </summary>
/// <param name="Reason">What was found.</param>
/// <param name="GraphSequence">The sequence this instance's graph was at when the divergence was found.</param>
/// <param name="StoreSequence">The store's sequence when it was found (its last batch, or the batch that skipped ahead).</param>
/// <param name="LoadedSequence">The sequence the graph was reloaded at.</param>
/// <param name="Message">What was found and what was done, in one sentence.</param>
public sealed record GraphReload(GraphReloadReason Reason, long GraphSequence, long StoreSequence, long LoadedSequence, string Message);

/// <summary>Why the graph was reloaded in full.</summary>
public enum GraphReloadReason
{
    /// <summary>The change log skipped a sequence: a batch this instance needs is not there.</summary>
    ChangeLogGap,

    /// <summary>
    /// The store's log ends before this instance's graph (a sequence "from the future"): the database was
    /// restored from a backup or replaced by another one.
    /// </summary>
    StoreBehindGraph,

    /// <summary>
    /// The store holds a different batch under the sequence this instance applied last: the database was
    /// restored or replaced, and written to since.
    /// </summary>
    ChangeLogRewritten,
}
