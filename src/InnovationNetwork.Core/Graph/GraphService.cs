using InnovationNetwork.Core.Ports;

namespace InnovationNetwork.Core.Graph;

/// <summary>
/// Owns this instance's in-memory graph and keeps it in step with the store: loads it in full, writes
/// through the store (validate → append → apply), and applies other instances' batches by reading the
/// change log. Writes and catch-ups are serialised; reads of <see cref="Graph"/> never wait.
/// </summary>
/// <remarks>
/// A full reload reads into a new graph and swaps it in once complete: readers keep the old graph until
/// then, and a reload that fails half-way (the store lost) leaves them the old one rather than half a
/// graph. The price is two graphs in memory while a reload runs.
/// </remarks>
public sealed partial class GraphService(IGraphStore store, IEnumerable<IGraphObserver> observers)
{
    private const int ChangePage = 500;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IGraphObserver[] _observers = observers.ToArray();
    private volatile InnovationGraph _graph = new();

    /// <summary>
    /// The graph as of the last batch applied. A full reload replaces it with another instance, so read
    /// it once per request (or per unit of work) and keep that reference, rather than caching it for longer.
    /// </summary>
    public InnovationGraph Graph => _graph;

    public IGraphStore Store => store;

    /// <summary>Reads the whole graph from the store, replacing what is in memory.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await ReloadAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Validates the changes against the graph, appends them to the store and applies them (and any
    /// batch of another instance before them), so the write is readable here when this returns.
    /// A version that moved in the store meanwhile comes back as a VERSION_CONFLICT error.
    /// </summary>
    /// <exception cref="StoreUnavailableException">
    /// The store could not be reached before the batch was appended; the message says so, ending
    /// "nothing was written". Once the append has succeeded the write succeeds, even if the store is lost
    /// before this instance has read it back.
    /// </exception>
    public async Task<WriteResult> WriteAsync(string actor, IReadOnlyList<Change> changes, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            try
            {
                await CatchUpLockedAsync(verify: false, cancellationToken);
            }
            catch (StoreUnavailableException e)
            {
                throw NothingWritten(e);
            }

            var errors = ChangeValidator.Validate(Graph, changes);
            if (errors.Count > 0)
            {
                return WriteResult.Failed(errors);
            }

            long sequence;
            try
            {
                sequence = await store.AppendAsync(actor, changes, cancellationToken);
            }
            catch (StoreConflictException conflict)
            {
                await TryCatchUpLockedAsync();
                return WriteResult.Failed([new ChangeError(0, ChangeErrorCodes.VersionConflict, "version",
                    $"'{conflict.NodeId}' was changed by someone else meanwhile; reload it and try again.")]);
            }
            catch (StoreUnavailableException e)
            {
                throw NothingWritten(e);
            }

            await ReadBackLockedAsync(sequence, actor, changes);
            return new WriteResult(sequence, []);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The batch is in the store: make it readable here. Not cancellable, since the caller must hear that
    /// the write succeeded; if the store is lost just after the append, the batch is applied from memory
    /// when nothing came between it and the graph, and otherwise arrives with the next catch-up.
    /// </summary>
    private async Task ReadBackLockedAsync(long sequence, string actor, IReadOnlyList<Change> changes)
    {
        try
        {
            if (sequence <= Graph.Sequence)
            {
                // The store numbered this batch at or below what the graph holds: it is behind the graph.
                await ReloadAfterStoreBehindAsync(Graph.Sequence, sequence, CancellationToken.None);
                return;
            }

            await CatchUpLockedAsync(verify: false, CancellationToken.None);
        }
        catch (StoreUnavailableException)
        {
            if (sequence == Graph.Sequence + 1)
            {
                // Stamped here, not by the store: forget the fingerprint, so this At is never compared with the log's.
                ApplyLocked(new ChangeBatch(sequence, DateTimeOffset.UtcNow, actor, changes), fromStore: false);
            }
        }
    }

    private async Task TryCatchUpLockedAsync()
    {
        try
        {
            await CatchUpLockedAsync(verify: false, CancellationToken.None);
        }
        catch (StoreUnavailableException)
        {
            // The caller's answer does not depend on it; the next catch-up tries again.
        }
    }

    private static StoreUnavailableException NothingWritten(StoreUnavailableException e)
    {
        var reason = e.Message.TrimEnd('.');
        if (reason.StartsWith("The ", StringComparison.Ordinal))
        {
            reason = string.Concat("the ", reason.AsSpan(4));
        }

        return new StoreUnavailableException($"The store is unavailable: {reason}; nothing was written.", e);
    }
}
