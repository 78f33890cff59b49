using InnovationNetwork.Api.Hosting;
using InnovationNetwork.Core.Ports;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InnovationNetwork.Api.Health;

/// <summary>
/// Whether the store answers; its description is the store's own sentence. A store lost after the graph was
/// loaded is Degraded, not Unhealthy: reads go on from memory, so the instance stays worth sending readers to.
/// </summary>
internal sealed class StoreHealthCheck(IGraphStore store, GraphReadiness readiness) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = await store.CheckHealthAsync(cancellationToken);
        if (health.IsHealthy)
        {
            return HealthCheckResult.Healthy(health.Description);
        }

        return readiness.IsLoaded
            ? HealthCheckResult.Degraded($"{health.Description} Reads are answered from memory; writes fail until the store is back.")
            : HealthCheckResult.Unhealthy(health.Description);
    }
}
