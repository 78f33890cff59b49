using System.Globalization;
using System.Text.Json;

namespace InnovationNetwork.Api.Hosting;

/// <summary>
/// Until the graph is loaded, /graphql answers 503 with the reason (the store's own sentence) and a
/// Retry-After, instead of answering from an empty graph as if the directory had nothing in it.
/// </summary>
public static class GraphReadinessGate
{
    public const string Code = "SERVICE_UNAVAILABLE";

    public static IApplicationBuilder UseGraphReadinessGate(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var readiness = context.RequestServices.GetRequiredService<GraphReadiness>();
            if (readiness.IsLoaded || !context.Request.Path.StartsWithSegments("/graphql"))
            {
                await next(context);
                return;
            }

            var clock = context.RequestServices.GetRequiredService<TimeProvider>();
            var retryAfter = readiness.LastFailure is { } failure
                ? Math.Max(1, (int)Math.Ceiling((failure.NextAttemptAt - clock.GetUtcNow()).TotalSeconds))
                : 1;
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers.CacheControl = "no-store";
            context.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(context.Response.Body, new
            {
                errors = new[]
                {
                    new { message = $"The service is not ready yet. {readiness.NotReadyReason}", extensions = new { code = Code } },
                },
            }, cancellationToken: context.RequestAborted);
        });
}
