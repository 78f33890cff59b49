using InnovationNetwork.Api.Hosting.Replication;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Ports;
using InnovationNetwork.Core.Seed;
using InnovationNetwork.Storage.Neo4j;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.Hosting;

/// <summary>
/// One attempt to load the graph into memory and seed an empty store, for GraphStartup (the first, before
/// the server listens) and the ChangeLogTailer (the retries while the store is unreachable). It sorts the
/// failures: a store that cannot be reached is worth trying again (<see cref="StoreUnavailableException"/>
/// comes out as it is); anything a retry cannot fix (a damaged or newer database file, a bad seed, a
/// store that refuses the statements) comes out as a <see cref="StartupFailedException"/> with its sentence.
/// </summary>
internal sealed partial class GraphLoader(
    IServiceProvider services,
    GraphReadiness readiness,
    ReplicationStatus replication,
    IOptions<SeedOptions> seedOptions,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<GraphLoader> logger)
{
    /// <summary>The actor recorded in the change log for the seed's batch.</summary>
    public const string SeedActor = "seed";

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        // Resolved here rather than injected, so that when this is the first to ask for the store, a store
        // that cannot be opened fails this step rather than the construction of the host's services list.
        var graphService = services.GetRequiredService<GraphService>();
        try
        {
            await graphService.LoadAsync(cancellationToken);
            if (graphService.Graph.Sequence == 0 && seedOptions.Value.Enabled)
            {
                await WriteSeedAsync(graphService, cancellationToken);
            }
        }
        catch (Exception e) when (e is SeedFileException or SeedRefusedException or DirectoryNotFoundException or Neo4jQueryException)
        {
            throw new StartupFailedException(e.Message, e);
        }

        // A full load is a catch-up with everything up to its sequence.
        replication.CaughtUp(graphService.Graph.Sequence);
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
            if (graphService.Graph.Sequence > 0)
            {
                // Another instance started on the same empty store at the same moment and wrote first (its
                // seed, or anything else): the store is no longer empty, which is all the seed is for.
                LogSeededElsewhere(graphService.Graph.Sequence);
                return;
            }

            var first = result.Errors[0];
            throw new SeedRefusedException(
                $"The seed in {directory} was refused ({result.Errors.Count} problems; the first, at change " +
                $"{first.ChangeIndex}, {first.Field}: {first.Message}); fix the seed files or set Seed:Enabled to false.");
        }

        LogSeeded(changes.Count, directory, result.Sequence);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote the seed ({Changes} changes from {Directory}) as change-log batch {Sequence}.")]
    private partial void LogSeeded(int changes, string directory, long sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Did not write the seed: another instance wrote to the empty store first (it is at sequence {Sequence} now).")]
    private partial void LogSeededElsewhere(long sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the graph: {Nodes} nodes at change-log sequence {Sequence}.")]
    private partial void LogLoaded(int nodes, long sequence);
}
