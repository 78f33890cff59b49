using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Ports;

namespace InnovationNetwork.Core.Tests.Graph;

/// <summary>
/// A store port in memory for the GraphService specifications, with the faults they need on demand: the store
/// unreachable (everything, or only the full read, or from just after the next append), restored from a
/// backup (the log cut back to a sequence), and a log that hides a batch (a gap). Versions are checked as
/// the real stores check them, so two services over one of these race as two instances do.
/// </summary>
internal sealed class ScriptedGraphStore : IGraphStore
{
    private readonly List<ChangeBatch> _log = [];
    private readonly Lock _lock = new();
    private DateTimeOffset _clock = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Every call fails as a store that cannot be reached.</summary>
    public bool Unreachable { get; set; }

    /// <summary>Only the full read fails (the store lost in the middle of a reload).</summary>
    public bool FullReadFails { get; set; }

    /// <summary>The next append lands, then the store is lost before anyone reads it back.</summary>
    public bool LostAfterNextAppend { get; set; }

    /// <summary>A batch the change log leaves out when read (a gap), while the graph still includes it.</summary>
    public long? HiddenBatch { get; set; }

    public long Sequence
    {
        get
        {
            lock (_lock)
            {
                return _log.Count == 0 ? 0 : _log[^1].Sequence;
            }
        }
    }

    /// <summary>An organisation to put, version 1 unless given.</summary>
    public static PutNode Organisation(string id, string name, int version = 1) =>
        new(new Organisation { Id = id, Name = name, Version = version });

    /// <summary>Appends as another instance would, whatever the faults are set to.</summary>
    public long AppendAsAnotherWriter(params Change[] changes)
    {
        lock (_lock)
        {
            return AppendLocked("another-instance", changes);
        }
    }

    /// <summary>The database restored from a backup taken at <paramref name="sequence"/>: later batches are gone.</summary>
    public void RestoreTo(long sequence)
    {
        lock (_lock)
        {
            _log.RemoveAll(b => b.Sequence > sequence);
        }
    }

    public Task<long> AppendAsync(string actor, IReadOnlyList<Change> changes, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            ThrowIfUnreachable("appending a batch");
            var sequence = AppendLocked(actor, changes);
            if (LostAfterNextAppend)
            {
                LostAfterNextAppend = false;
                Unreachable = true;
            }

            return Task.FromResult(sequence);
        }
    }

    public Task<long> ReadGraphAsync(IGraphSink sink, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            ThrowIfUnreachable("reading the graph");
            if (FullReadFails)
            {
                throw new StoreUnavailableException("The scripted store failed while reading the graph (lost half-way).");
            }

            var graph = Current();
            foreach (var node in Enum.GetValues<NodeLabel>().SelectMany(graph.Nodes).ToList())
            {
                sink.OnNode(node);
            }

            return Task.FromResult(graph.Sequence);
        }
    }

    public Task<IReadOnlyList<ChangeBatch>> ReadChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            ThrowIfUnreachable("reading the change log");
            return Task.FromResult<IReadOnlyList<ChangeBatch>>(
                _log.Where(b => b.Sequence > afterSequence && b.Sequence != HiddenBatch).Take(limit).ToList());
        }
    }

    public Task<long> CurrentSequenceAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            ThrowIfUnreachable("reading the change log's head");
            return Task.FromResult(Sequence);
        }
    }

    public Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(Unreachable ? new StoreHealth(false, "The scripted store is unreachable.") : new StoreHealth(true, "The scripted store answers."));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private long AppendLocked(string actor, IReadOnlyList<Change> changes)
    {
        var current = Current();
        foreach (var put in changes.OfType<PutNode>())
        {
            var stored = current.Find(put.Node.Id)?.Version ?? 0;
            if (put.Node.Version != stored + 1)
            {
                throw new StoreConflictException(put.Node.Id, put.Node.Version, stored, $"'{put.Node.Id}' is at version {stored}.");
            }
        }

        _clock = _clock.AddSeconds(1);
        var batch = new ChangeBatch(Sequence + 1, _clock, actor, changes.ToList());
        _log.Add(batch);
        return batch.Sequence;
    }

    private InnovationGraph Current()
    {
        var graph = new InnovationGraph();
        foreach (var batch in _log)
        {
            graph.Apply(batch);
        }

        return graph;
    }

    private void ThrowIfUnreachable(string doing)
    {
        if (Unreachable)
        {
            throw new StoreUnavailableException($"The scripted store could not be reached while {doing}.");
        }
    }
}
