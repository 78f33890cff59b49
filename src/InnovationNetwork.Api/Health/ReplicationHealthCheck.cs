using System.Globalization;
using InnovationNetwork.Api.Hosting;
using InnovationNetwork.Api.Hosting.Replication;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Ports;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.Health;

/// <summary>
/// How far this instance is behind the store's change log: the store's last sequence (read now) minus the
/// graph's, and how long since the last successful catch-up. Degraded when the store cannot be read, or when
/// it holds batches not applied here and the last catch-up is older than Replication:DegradedAfter.
/// </summary>
internal sealed class ReplicationHealthCheck(
    GraphReadiness readiness,
    ReplicationStatus status,
    IOptions<ReplicationOptions> options,
    IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.IsLoaded)
        {
            return HealthCheckResult.Degraded("Not following the change log yet: the graph has not been loaded.");
        }

        var graphService = services.GetRequiredService<GraphService>();
        var graph = graphService.Graph.Sequence;
        var since = status.SinceLastCatchUp;
        var data = new Dictionary<string, object>
        {
            ["graphSequence"] = graph,
            ["secondsSinceCatchUp"] = Math.Round(since.TotalSeconds, 3),
        };
        if (graphService.LastReload is { } reload)
        {
            data["lastReload"] = reload.Message;
        }

        long store;
        try
        {
            store = await services.GetRequiredService<IGraphStore>().CurrentSequenceAsync(cancellationToken);
        }
        catch (StoreUnavailableException e)
        {
            return HealthCheckResult.Degraded(
                $"Cannot read the change log: {e.Message} The graph stays at sequence {graph}, last caught up {Seconds(since)} ago.", data: data);
        }

        status.Observed(store);
        var lag = store - graph;
        data["storeSequence"] = store;
        data["lag"] = lag;
        if (lag < 0)
        {
            return HealthCheckResult.Degraded(
                $"The store's change log ends at sequence {store}, behind this instance's graph at {graph}; the next catch-up reloads the graph.", data: data);
        }

        if (lag > 0 && since > options.Value.DegradedAfter)
        {
            return HealthCheckResult.Degraded(
                $"{lag} change-log batches behind the store (sequence {graph} of {store}); last caught up {Seconds(since)} ago.", data: data);
        }

        return HealthCheckResult.Healthy(
            $"Following the change log every {Seconds(options.Value.PollInterval)}: at sequence {graph} of the store's {store}, " +
            $"last caught up {Seconds(since)} ago.", data);
    }

    private static string Seconds(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.###} s");
}
