using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Ports;

namespace InnovationNetwork.Core.Tests.Commands;

/// <summary>The store port kept in memory: a change log and the graph it adds up to, enough to run a real GraphService.</summary>
internal sealed class InMemoryGraphStore : IGraphStore
{
    private readonly List<ChangeBatch> _log = [];
    private readonly InnovationGraph _current = new();
    private readonly Lock _lock = new();

    public IReadOnlyList<ChangeBatch> Log
    {
        get
        {
            lock (_lock)
            {
                return _log.ToArray();
            }
        }
    }

    public Task<long> AppendAsync(string actor, IReadOnlyList<Change> changes, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var batch = new ChangeBatch(_log.Count + 1, DateTimeOffset.UnixEpoch.AddSeconds(_log.Count), actor, changes.ToArray());
            _current.Apply(batch);
            _log.Add(batch);
            return Task.FromResult(batch.Sequence);
        }
    }

    public Task<long> ReadGraphAsync(IGraphSink sink, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var nodes = Enum.GetValues<NodeLabel>().SelectMany(_current.Nodes).ToList();
            nodes.ForEach(sink.OnNode);
            foreach (var relationship in nodes.SelectMany(n => _current.Outgoing(n.Id)))
            {
                sink.OnRelationship(relationship);
            }

            return Task.FromResult((long)_log.Count);
        }
    }

    public Task<IReadOnlyList<ChangeBatch>> ReadChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<ChangeBatch>>(_log.Skip((int)afterSequence).Take(limit).ToArray());
        }
    }

    public Task<long> CurrentSequenceAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult((long)_log.Count);
        }
    }

    public Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default) => Task.FromResult(new StoreHealth(true, "in memory"));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
