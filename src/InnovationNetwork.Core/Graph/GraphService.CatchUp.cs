using InnovationNetwork.Core.Ports;

namespace InnovationNetwork.Core.Graph;

// Following the change log, and refusing to follow it into divergence: a gap, a store behind the graph
// (a sequence "from the future") or a rewritten log each end in a full reload, reported, never silently.
public sealed partial class GraphService
{
    // The last batch applied, as the store wrote it; null after a reload or a batch applied from memory.
    private BatchFingerprint? _head;

    /// <summary>Raised after each full reload forced by a divergence, on the graph's writer.</summary>
    public event Action<GraphReload>? Reloaded;

    /// <summary>The last full reload forced by a divergence, if any.</summary>
    public GraphReload? LastReload { get; private set; }

    /// <summary>
    /// Applies batches that other instances appended since the last one applied. First checks that the
    /// store still holds the log this graph was built from: a store whose log ends before the graph (the
    /// database restored from a backup), or that holds another batch under the graph's last sequence, or a
    /// log that skips a sequence, makes the graph reload in full, and the result says why.
    /// </summary>
    /// <exception cref="StoreUnavailableException">The store could not be read; the graph is as it was.</exception>
    public async Task<CatchUpResult> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await CatchUpLockedAsync(verify: true, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <param name="verify">
    /// Ask the store for its last sequence and re-read the graph's own last batch, to find a store behind the
    /// graph or a rewritten log. Worth one small query per poll; writes skip it, since each write would
    /// re-read the batch before it (a large one, during imports). A write still finds a store behind the
    /// graph, by the sequence its append is given.
    /// </param>
    private async Task<CatchUpResult> CatchUpLockedAsync(bool verify, CancellationToken cancellationToken)
    {
        var head = Graph.Sequence;
        if (!verify || head == 0)
        {
            var page = await store.ReadChangesAsync(head, ChangePage, cancellationToken);
            return await ApplyPagesLockedAsync(page, more: page.Count == ChangePage, cancellationToken);
        }

        var current = await store.CurrentSequenceAsync(cancellationToken);
        if (current < head)
        {
            return await ReloadAfterStoreBehindAsync(head, current, cancellationToken);
        }

        if (current == head)
        {
            return new CatchUpResult(0, current, null);
        }

        // From one before the head, so the store shows the batch the graph holds last, to compare.
        var withHead = await store.ReadChangesAsync(head - 1, ChangePage + 1, cancellationToken);
        if (withHead.Count == 0 || withHead[0].Sequence != head)
        {
            var next = withHead.Count == 0 ? current : withHead[0].Sequence;
            return await ReloadAfterDivergenceAsync(GraphReloadReason.ChangeLogGap, head, next, loaded =>
                $"The store's change log has no batch {head}, the last one this instance applied (it goes on at {next}); " +
                $"the graph was reloaded in full at sequence {loaded}.", cancellationToken);
        }

        var stored = BatchFingerprint.Of(withHead[0]);
        if (_head is { } applied && applied != stored)
        {
            return await ReloadAfterDivergenceAsync(GraphReloadReason.ChangeLogRewritten, head, current, loaded =>
                $"The store's batch {head} ({stored}) is not the one this instance applied ({applied}): the database was " +
                $"restored or replaced and written to since; the graph was reloaded in full at sequence {loaded}.", cancellationToken);
        }

        _head = stored;
        return await ApplyPagesLockedAsync(withHead.Skip(1).ToList(), more: withHead.Count == ChangePage + 1, cancellationToken);
    }

    private async Task<CatchUpResult> ApplyPagesLockedAsync(IReadOnlyList<ChangeBatch> page, bool more, CancellationToken cancellationToken)
    {
        var applied = 0;
        while (true)
        {
            foreach (var batch in page)
            {
                try
                {
                    if (ApplyLocked(batch, fromStore: true))
                    {
                        applied++;
                    }
                }
                catch (ChangeLogGapException gap)
                {
                    return await ReloadAfterDivergenceAsync(GraphReloadReason.ChangeLogGap, gap.AppliedSequence, gap.ReceivedSequence, loaded =>
                        $"The change log jumped from sequence {gap.AppliedSequence} to {gap.ReceivedSequence}, so a batch is missing; " +
                        $"the graph was reloaded in full at sequence {loaded}.", cancellationToken);
                }
            }

            if (!more)
            {
                return new CatchUpResult(applied, Graph.Sequence, null);
            }

            page = await store.ReadChangesAsync(Graph.Sequence, ChangePage, cancellationToken);
            more = page.Count == ChangePage;
        }
    }

    private bool ApplyLocked(ChangeBatch batch, bool fromStore)
    {
        var graph = Graph;
        if (!graph.Apply(batch))
        {
            return false;
        }

        _head = fromStore ? BatchFingerprint.Of(batch) : null;
        foreach (var observer in _observers)
        {
            observer.OnApplied(batch, graph);
        }

        return true;
    }

    private Task<CatchUpResult> ReloadAfterStoreBehindAsync(long head, long current, CancellationToken cancellationToken) =>
        ReloadAfterDivergenceAsync(GraphReloadReason.StoreBehindGraph, head, current, loaded =>
            $"The store's change log ends at sequence {current}, behind this instance's graph at {head} (was the database " +
            $"restored from a backup, or replaced?); the graph was reloaded in full at sequence {loaded}.", cancellationToken);

    private async Task<CatchUpResult> ReloadAfterDivergenceAsync(
        GraphReloadReason reason, long graphSequence, long storeSequence, Func<long, string> message, CancellationToken cancellationToken)
    {
        var loaded = await ReloadAsync(cancellationToken);
        var reload = new GraphReload(reason, graphSequence, storeSequence, loaded, message(loaded));
        LastReload = reload;
        Reloaded?.Invoke(reload);
        return new CatchUpResult(0, loaded, reload);
    }

    /// <summary>Reads the whole graph into a new instance and swaps it in; returns its sequence.</summary>
    private async Task<long> ReloadAsync(CancellationToken cancellationToken)
    {
        var fresh = new InnovationGraph();
        var sequence = await store.ReadGraphAsync(fresh, cancellationToken);
        fresh.MarkLoaded(sequence);
        _graph = fresh;
        _head = null;
        foreach (var observer in _observers)
        {
            observer.OnLoaded(fresh);
        }

        return sequence;
    }

    /// <summary>What tells two batches with the same sequence apart: when and by whom they were written, and their size.</summary>
    private readonly record struct BatchFingerprint(DateTimeOffset At, string Actor, int Changes)
    {
        public static BatchFingerprint Of(ChangeBatch batch) => new(batch.At, batch.Actor, batch.Changes.Count);

        public override string ToString() => $"written {At:O} by {Actor}, {Changes} changes";
    }
}
