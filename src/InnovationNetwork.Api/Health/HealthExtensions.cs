using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace InnovationNetwork.Api.Health;

public static class HealthExtensions
{
    private const string Ready = "ready";

    /// <summary>The readiness checks: the store answers, and the graph is loaded.</summary>
    public static IHostApplicationBuilder AddInnovationNetworkHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", tags: [Ready])
            .AddCheck<GraphHealthCheck>("graph", tags: [Ready]);
        return builder;
    }

    /// <summary>
    /// /health/live answers 200 while the process serves requests and runs no check (a restart would not fix
    /// a store that is down); /health/ready answers 503 until the graph is loaded or while the store fails.
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
