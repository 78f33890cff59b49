using InnovationNetwork.Api.Hosting;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InnovationNetwork.Api.Health;

/// <summary>
/// The search index: how many documents, at which change-log sequence, and whether that is the graph's.
/// Degraded while it is behind the graph (being rebuilt after a reload, or an observer that failed).
/// </summary>
internal sealed class SearchIndexHealthCheck(GraphReadiness readiness, IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (services.GetService<LuceneIndex>() is not { } index)
        {
            return Task.FromResult(HealthCheckResult.Healthy("This host has no search index."));
        }

        if (!readiness.IsLoaded)
        {
            return Task.FromResult(HealthCheckResult.Degraded("The search index follows the graph, which has not been loaded."));
        }

        var graph = services.GetRequiredService<GraphService>().Graph.Sequence;
        var documents = index.DocumentCount;
        var data = new Dictionary<string, object>
        {
            ["documents"] = documents,
            ["sequence"] = index.Sequence,
            ["committedSequence"] = index.CommittedSequence,
        };
        return Task.FromResult(index.Sequence == graph
            ? HealthCheckResult.Healthy($"The search index holds {documents} documents at sequence {index.Sequence}.", data)
            : HealthCheckResult.Degraded($"The search index is at sequence {index.Sequence}, the graph at {graph}; it is catching up.", data: data));
    }
}
