using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Ports;

namespace InnovationNetwork.Cli.Commands;

/// <summary>A store that holds nothing and accepts nothing, for commands that need the schema but no data.</summary>
internal sealed class NoStore : IGraphStore
{
    public static readonly NoStore Instance = new();

    public Task<long> AppendAsync(string actor, IReadOnlyList<Change> changes, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("print-schema does not write.");

    public Task<long> ReadGraphAsync(IGraphSink sink, CancellationToken cancellationToken = default) => Task.FromResult(0L);

    public Task<IReadOnlyList<ChangeBatch>> ReadChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ChangeBatch>>([]);

    public Task<long> CurrentSequenceAsync(CancellationToken cancellationToken = default) => Task.FromResult(0L);

    public Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new StoreHealth(true, "No store: nothing to read."));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
