using InnovationNetwork.Api.Hosting.Replication;
using InnovationNetwork.Api.Telemetry;
using InnovationNetwork.Core.Clusters;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Ports;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.Hosting;

public static partial class CoreHostingExtensions
{
    /// <summary>
    /// Registers this instance's in-memory graph (<see cref="GraphService"/>, one per process, fed by the
    /// store registered with AddInnovationNetworkStore), the start-up that loads and seeds it, and the
    /// <see cref="ChangeLogTailer"/> that keeps it in step with the change log (other instances' writes,
    /// "Replication" section) and retries a load the store was not there for.
    /// Observers of the graph (the search index …) register as <see cref="IGraphObserver"/>.
    /// </summary>
    public static IHostApplicationBuilder AddInnovationNetworkCore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SeedOptions>().Bind(builder.Configuration.GetSection(SeedOptions.Section));
        builder.Services.AddOptions<ReplicationOptions>()
            .Bind(builder.Configuration.GetSection(ReplicationOptions.Section))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ReplicationOptions>, ReplicationOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);

        // Rebuilds the cluster index once writes settle, so LEP staff's next question does not pay for it.
        builder.Services.AddSingleton<IGraphObserver, ClusterIndexWarmer>();

        builder.Services.AddSingleton(services =>
        {
            var graphService = new GraphService(services.GetRequiredService<IGraphStore>(), services.GetServices<IGraphObserver>());
            var logger = services.GetRequiredService<ILogger<GraphService>>();
            var metrics = services.GetService<InnovationNetworkMetrics>();
            graphService.Reloaded += reload =>
            {
                LogReloaded(logger, reload.Reason, reload.Message);
                metrics?.GraphReloaded(reload.Reason);
            };
            return graphService;
        });
        builder.Services.AddSingleton<GraphReadiness>();
        builder.Services.AddSingleton<ReplicationStatus>();
        builder.Services.AddSingleton<GraphLoader>();

        // In this order: the first load before the server listens, then the tailer.
        builder.Services.AddHostedService<GraphStartup>();
        builder.Services.AddHostedService<ChangeLogTailer>();
        return builder;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "The change log could not be followed ({Reason}): {Message}")]
    private static partial void LogReloaded(ILogger logger, GraphReloadReason reason, string message);
}
