using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Ports;

namespace InnovationNetwork.Search.Tests.Support;

/// <summary>A store port kept in memory: the change log and the graph it adds up to. Enough to run a real GraphService.</summary>
internal sealed class InMemoryGraphStore : IGraphStore
{
    private readonly List<ChangeBatch> _log = [];
    private readonly InnovationGraph _current = new();
    private readonly Lock _lock = new();

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
            foreach (var node in nodes)
            {
                sink.OnNode(node);
            }

            foreach (var node in nodes)
            {
                foreach (var relationship in _current.Outgoing(node.Id))
                {
                    sink.OnRelationship(relationship);
                }
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

    public Task<long> CurrentSequenceAsync(CancellationToken cancellationToken = default) => Task.FromResult((long)_log.Count);

    public Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default) => Task.FromResult(new StoreHealth(true, "in memory"));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
