using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InnovationNetwork.Api.Health;

public static class HealthExtensions
{
    private const string Ready = "ready";

    // A health probe must answer quickly, even when the store does not.
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The readiness checks: the store answers, the graph is loaded, replication keeps up, the search index follows.</summary>
    public static IHostApplicationBuilder AddInnovationNetworkHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", HealthStatus.Degraded, [Ready], CheckTimeout)
            .AddCheck<GraphHealthCheck>("graph", HealthStatus.Unhealthy, [Ready], CheckTimeout)
            .AddCheck<ReplicationHealthCheck>("replication", HealthStatus.Degraded, [Ready], CheckTimeout)
            .AddCheck<SearchIndexHealthCheck>("index", HealthStatus.Degraded, [Ready], CheckTimeout);
        return builder;
    }

    /// <summary>
    /// /health/live answers 200 while the process serves requests and runs no check (a restart would not fix
    /// a store that is down). /health/ready answers 503 (Unhealthy) only until the graph is loaded, saying why;
    /// once loaded it answers 200, Healthy or Degraded (the store lost, replication behind, the index catching
    /// up: reads are still answered from memory), with each check's status, description and figures.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Ready),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        return app;
    }
}
