using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Seed;
using InnovationNetwork.Storage.Sqlite;

namespace InnovationNetwork.Cli.Store;

/// <summary>
/// The store a command works on and the in-memory graph loaded from it; owned by the command and disposed
/// when it ends. Writes go through <see cref="GraphService"/> exactly as the API's do (validated, then
/// appended to the change log that running API instances tail).
/// </summary>
internal sealed class CliStore : IAsyncDisposable
{
    /// <summary>The actor of the seed batch, as the API writes it at start-up.</summary>
    public const string SeedActor = "seed";

    private CliStore(SqliteGraphStore store, GraphService service)
    {
        Store = store;
        Service = service;
    }

    public SqliteGraphStore Store { get; }

    public GraphService Service { get; }

    public InnovationGraph Graph => Service.Graph;

    /// <summary>
    /// Opens (creating if missing) the SQLite file under <paramref name="dataDirectory"/> and, unless told
    /// not to, loads the graph. Throws StoreUnavailableException with one sentence when the file cannot be used.
    /// </summary>
    public static async Task<CliStore> OpenAsync(string dataDirectory, bool load = true, CancellationToken cancellationToken = default)
    {
        var store = new SqliteGraphStore(new SqliteStoreOptions
        {
            DataDirectory = dataDirectory,

            // An import may run while the API writes too; give its batches room to wait for each other.
            BusyTimeout = TimeSpan.FromSeconds(60),
        });
        var service = new GraphService(store, []);
        try
        {
            if (load)
            {
                await service.LoadAsync(cancellationToken);
            }
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }

        return new CliStore(store, service);
    }

    /// <summary>Writes the seed when the store is empty; returns the number of changes written (0 when not empty).</summary>
    public async Task<int> SeedIfEmptyAsync(string seedDirectory, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await Service.CatchUpAsync(cancellationToken);
        if (Graph.Sequence != 0)
        {
            return 0;
        }

        var changes = SeedLoader.Load(seedDirectory, at);
        var result = await Service.WriteAsync(SeedActor, changes, cancellationToken);
        if (!result.Succeeded)
        {
            var first = result.Errors[0];
            throw new SeedFileException(seedDirectory, $"the seed was refused ({result.Errors.Count} problems; the first, at change {first.ChangeIndex}, {first.Field}: {first.Message}).");
        }

        return changes.Count;
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
