using System.Diagnostics;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Ports;

namespace InnovationNetwork.Api.Telemetry;

/// <summary>
/// The chosen store, with each call timed into <see cref="InnovationNetworkMetrics.StoreOperationDuration"/>.
/// It owns the store it wraps and disposes it.
/// </summary>
public sealed class MeasuredGraphStore(IGraphStore inner, InnovationNetworkMetrics metrics) : IGraphStore
{
    /// <summary>The store being measured.</summary>
    public IGraphStore Inner => inner;

    public Task<long> AppendAsync(string actor, IReadOnlyList<Change> changes, CancellationToken cancellationToken = default) =>
        MeasureAsync("append", () => inner.AppendAsync(actor, changes, cancellationToken));

    public Task<long> ReadGraphAsync(IGraphSink sink, CancellationToken cancellationToken = default) =>
        MeasureAsync("read_graph", () => inner.ReadGraphAsync(sink, cancellationToken));

    public Task<IReadOnlyList<ChangeBatch>> ReadChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) =>
        MeasureAsync("read_changes", () => inner.ReadChangesAsync(afterSequence, limit, cancellationToken));

    public Task<long> CurrentSequenceAsync(CancellationToken cancellationToken = default) =>
        MeasureAsync("current_sequence", () => inner.CurrentSequenceAsync(cancellationToken));

    public Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default) =>
        MeasureAsync("check_health", () => inner.CheckHealthAsync(cancellationToken));

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    public override string? ToString() => inner.ToString();

    private async Task<T> MeasureAsync<T>(string operation, Func<Task<T>> call)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "error";
        try
        {
            var result = await call();
            outcome = "ok";
            return result;
        }
        catch (StoreConflictException)
        {
            outcome = "conflict";
            throw;
        }
        catch (StoreUnavailableException)
        {
            outcome = "unavailable";
            throw;
        }
        catch (OperationCanceledException)
        {
            outcome = "cancelled";
            throw;
        }
        finally
        {
            metrics.StoreOperation(operation, outcome, Stopwatch.GetElapsedTime(started));
        }
    }
}
