using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Ports;
using InnovationNetwork.Core.Seed;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.Hosting;

/// <summary>
/// Opens the store, loads the graph into memory and seeds an empty store, before the server listens:
/// the host starts hosted services before Kestrel, so no request ever sees a half-loaded graph.
/// A store that cannot be opened, or a seed that cannot be read, stops start-up with a
/// <see cref="StartupFailedException"/> whose message is the one sentence an operator needs.
/// </summary>
internal sealed partial class GraphStartup(
    IServiceProvider services,
    GraphReadiness readiness,
    IOptions<SeedOptions> seedOptions,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<GraphStartup> logger) : IHostedService
{
    /// <summary>The actor recorded in the change log for the seed's batch.</summary>
    public const string SeedActor = "seed";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await LoadAsync(cancellationToken);
        }
        catch (Exception e) when (e is StoreUnavailableException or SeedFileException or SeedRefusedException or DirectoryNotFoundException)
        {
            throw new StartupFailedException(e.Message, e);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        // Resolved here rather than injected, so that when this is the first to ask for the store, a store
        // that cannot be opened fails this step rather than the construction of the host's services list.
        var graphService = services.GetRequiredService<GraphService>();
        await graphService.LoadAsync(cancellationToken);
        if (graphService.Graph.Sequence == 0 && seedOptions.Value.Enabled)
        {
            await WriteSeedAsync(graphService, cancellationToken);
        }

        readiness.MarkLoaded();
        LogLoaded(graphService.Graph.NodeCount, graphService.Graph.Sequence);
    }

    private async Task WriteSeedAsync(GraphService graphService, CancellationToken cancellationToken)
    {
        // The content root (the project folder under dotnet run and in tests) first: build output may live
        // outside the repository (--artifacts-path), and the working directory can be anywhere.
        var directory = string.IsNullOrWhiteSpace(seedOptions.Value.Directory)
            ? SeedLoader.FindSeedDirectory([environment.ContentRootPath, AppContext.BaseDirectory, Directory.GetCurrentDirectory()])
            : Path.GetFullPath(seedOptions.Value.Directory);
        var changes = SeedLoader.Load(directory, clock.GetUtcNow());

        // One batch: a second start finds sequence 1 and leaves it alone; a crash midway leaves nothing.
        var result = await graphService.WriteAsync(SeedActor, changes, cancellationToken);
        if (!result.Succeeded)
        {
            var first = result.Errors[0];
            throw new SeedRefusedException(
                $"The seed in {directory} was refused ({result.Errors.Count} problems; the first, at change " +
                $"{first.ChangeIndex}, {first.Field}: {first.Message}); fix the seed files or set Seed:Enabled to false.");
        }

        LogSeeded(changes.Count, directory, result.Sequence);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote the seed ({Changes} changes from {Directory}) as change-log batch {Sequence}.")]
    private partial void LogSeeded(int changes, string directory, long sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the graph: {Nodes} nodes at change-log sequence {Sequence}.")]
    private partial void LogLoaded(int nodes, long sequence);
}
