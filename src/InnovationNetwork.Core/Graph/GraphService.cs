using InnovationNetwork.Core.Ports;

namespace InnovationNetwork.Core.Graph;

/// <summary>
/// Owns this instance's in-memory graph and keeps it in step with the store: loads it in full, writes
/// through the store (validate → append → apply), and applies other instances' batches by reading the
/// change log. Writes and catch-ups are serialised; reads of <see cref="Graph"/> never wait.
/// </summary>
public sealed class GraphService(IGraphStore store, IEnumerable<IGraphObserver> observers)
{
    private const int ChangePage = 500;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IGraphObserver[] _observers = observers.ToArray();

    public InnovationGraph Graph { get; } = new();

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
    public async Task<WriteResult> WriteAsync(string actor, IReadOnlyList<Change> changes, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await CatchUpLockedAsync(cancellationToken);
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
                await CatchUpLockedAsync(cancellationToken);
                return WriteResult.Failed([new ChangeError(0, ChangeErrorCodes.VersionConflict, "version",
                    $"'{conflict.NodeId}' was changed by someone else meanwhile; reload it and try again.")]);
            }

            await CatchUpLockedAsync(cancellationToken);
            return new WriteResult(sequence, []);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Applies batches that other instances appended since the last one applied; returns how many.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await CatchUpLockedAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> CatchUpLockedAsync(CancellationToken cancellationToken)
    {
        var applied = 0;
        while (true)
        {
            var batches = await store.ReadChangesAsync(Graph.Sequence, ChangePage, cancellationToken);
            foreach (var batch in batches)
            {
                try
                {
                    if (!Graph.Apply(batch))
                    {
                        continue;
                    }
                }
                catch (ChangeLogGapException)
                {
                    // Never diverge silently: start again from the store's current graph.
                    await ReloadAsync(cancellationToken);
                    return applied;
                }

                applied++;
                foreach (var observer in _observers)
                {
                    observer.OnApplied(batch, Graph);
                }
            }

            if (batches.Count < ChangePage)
            {
                return applied;
            }
        }
    }

    private async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Graph.Clear();
        var sequence = await store.ReadGraphAsync(Graph, cancellationToken);
        Graph.MarkLoaded(sequence);
        foreach (var observer in _observers)
        {
            observer.OnLoaded(Graph);
        }
    }
}
