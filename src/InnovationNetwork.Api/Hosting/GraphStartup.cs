using InnovationNetwork.Api.Hosting.Replication;
using InnovationNetwork.Core.Ports;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.Hosting;

/// <summary>
/// The first attempt to load the graph (and seed an empty store), before the server listens: the host
/// starts hosted services before Kestrel, so no request ever sees a half-loaded graph.
/// A store that cannot be reached does not stop start-up: the server listens, /health/ready answers 503
/// saying why, /graphql answers 503 the same, and the <see cref="ChangeLogTailer"/> retries with backoff.
/// What no retry can fix (a damaged or newer database file, a bad seed) stops start-up with a
/// <see cref="StartupFailedException"/> whose message is the one sentence an operator needs.
/// </summary>
internal sealed partial class GraphStartup(
    GraphLoader loader,
    GraphReadiness readiness,
    IOptions<ReplicationOptions> options,
    TimeProvider clock,
    ILogger<GraphStartup> logger) : IHostedService
{
    /// <summary>The actor recorded in the change log for the seed's batch.</summary>
    public const string SeedActor = GraphLoader.SeedActor;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await loader.LoadAsync(cancellationToken);
        }
        catch (StoreUnavailableException e)
        {
            var retryIn = options.Value.RetryDelay;
            readiness.MarkLoadFailed(e.Message, attempts: 1, clock.GetUtcNow() + retryIn);
            LogUnreachable(e.Message, (long)retryIn.TotalMilliseconds);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Error, Message = "The graph could not be loaded from the store: {Reason} The service listens but is not ready (/health/ready answers 503); trying again in {RetryMilliseconds} ms.")]
    private partial void LogUnreachable(string reason, long retryMilliseconds);
}
