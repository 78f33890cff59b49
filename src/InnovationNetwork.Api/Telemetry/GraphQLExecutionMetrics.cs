using System.Diagnostics;
using GraphQL;
using GraphQL.DI;

namespace InnovationNetwork.Api.Telemetry;

/// <summary>
/// Times each GraphQL execution into <see cref="InnovationNetworkMetrics.GraphQLRequestDuration"/>, as a step
/// of GraphQL.NET's own pipeline, so the endpoint needs no change. The whole HTTP exchange (reading the body,
/// writing the answer) is in ASP.NET Core's http.server.request.duration, exported beside it.
/// </summary>
internal sealed class GraphQLExecutionMetrics(InnovationNetworkMetrics metrics) : IConfigureExecution
{
    /// <summary>Outermost, so the time includes every other step.</summary>
    public float SortOrder => 0;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        ExecutionResult? result = null;
        try
        {
            result = await next(options);
            return result;
        }
        finally
        {
            var type = result?.Operation?.Operation.ToString().ToLowerInvariant() ?? "unknown";
            metrics.GraphQLExecuted(type, result?.Errors is { Count: > 0 }, Stopwatch.GetElapsedTime(started));
        }
    }
}
