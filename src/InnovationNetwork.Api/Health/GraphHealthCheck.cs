using InnovationNetwork.Api.Hosting;
using InnovationNetwork.Core.Graph;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InnovationNetwork.Api.Health;

/// <summary>
/// Ready once the graph has been loaded into memory (and an empty store seeded). Until then Unhealthy, with
/// why: still loading, or the store's sentence from the last failed attempt and when the next one is due.
/// </summary>
internal sealed class GraphHealthCheck(GraphReadiness readiness, IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.IsLoaded)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(readiness.NotReadyReason));
        }

        var graph = services.GetRequiredService<GraphService>().Graph;
        return Task.FromResult(HealthCheckResult.Healthy(
            $"The graph is loaded: {graph.NodeCount} nodes at change-log sequence {graph.Sequence}.",
            new Dictionary<string, object> { ["nodes"] = graph.NodeCount, ["sequence"] = graph.Sequence }));
    }
}
