using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Ports;

namespace InnovationNetwork.Benchmarks;

/// <summary>
/// A read-only store over a synthetic directory, so a real <see cref="GraphService"/> can load it without a
/// database file: the generator's batches are replayed into the sink as a store's read would hand them on.
/// </summary>
internal sealed class MemoryGraphStore(int organisations) : IGraphStore
{
    private long _sequence;

    public Task<long> ReadGraphAsync(IGraphSink sink, CancellationToken cancellationToken = default)
    {
        foreach (var batch in ScaleDirectory.Batches(organisations))
        {
            foreach (var change in batch.Changes)
            {
                switch (change)
                {
                    case PutNode put:
                        sink.OnNode(put.Node);
                        break;
                    case Link link:
                        sink.OnRelationship(link.Relationship);
                        break;
                }
            }

            _sequence = batch.Sequence;
        }

        return Task.FromResult(_sequence);
    }

    public Task<IReadOnlyList<ChangeBatch>> ReadChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ChangeBatch>>([]);

    public Task<long> CurrentSequenceAsync(CancellationToken cancellationToken = default) => Task.FromResult(_sequence);

    public Task<long> AppendAsync(string actor, IReadOnlyList<Change> changes, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The benchmark store is read-only.");

    public Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default) => Task.FromResult(new StoreHealth(true, "in memory"));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
