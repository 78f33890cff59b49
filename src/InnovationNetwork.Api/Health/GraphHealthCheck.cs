using InnovationNetwork.Api.Hosting;
using InnovationNetwork.Core.Graph;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InnovationNetwork.Api.Health;

/// <summary>Ready once GraphStartup has loaded the graph into memory (and seeded an empty store).</summary>
internal sealed class GraphHealthCheck(GraphReadiness readiness, IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.IsLoaded)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The graph is still being loaded from the store."));
        }

        var graph = services.GetRequiredService<GraphService>().Graph;
        return Task.FromResult(HealthCheckResult.Healthy(
            $"The graph is loaded: {graph.NodeCount} nodes at change-log sequence {graph.Sequence}."));
    }
}
