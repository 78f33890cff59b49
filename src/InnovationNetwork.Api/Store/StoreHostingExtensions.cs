using GraphQL.DI;
using InnovationNetwork.Api.Hosting;
using InnovationNetwork.Api.Telemetry;
using InnovationNetwork.Core.Ports;
using InnovationNetwork.Storage.Neo4j;
using InnovationNetwork.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.Store;

public static class StoreHostingExtensions
{
    /// <summary>
    /// Registers the one <see cref="IGraphStore"/> the "Store" section chooses (Store:Kind: Sqlite, the default,
    /// or Neo4j, configured under Store:Neo4j), timed by <see cref="MeasuredGraphStore"/>. The container owns it:
    /// it is opened when first asked for (at start-up, before the server listens) and disposed at shutdown.
    /// Also turns a store that cannot be reached, met by a GraphQL resolver, into a GraphQL error saying so.
    /// </summary>
    public static IHostApplicationBuilder AddInnovationNetworkStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StoreOptions>()
            .Bind(builder.Configuration.GetSection(StoreOptions.Section))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<StoreOptions>, StoreOptionsValidator>();

        // Registering contacts and validates nothing; the Neo4j store is built only when chosen below.
        builder.Services.AddNeo4jGraphStore(builder.Configuration.GetSection(Neo4jStoreOptions.SectionName));

        builder.Services.AddSingleton<IGraphStore>(services =>
        {
            var options = services.GetRequiredService<IOptions<StoreOptions>>().Value;

            // The one place a store is chosen and opened. Whoever asks for it first (GraphStartup, or any other
            // start-up service that needs it), a store that cannot be used stops start-up with its sentence.
            // A store that cannot be reached is another matter: Neo4j is not contacted here, and its first
            // failure reaches GraphStartup, which keeps the service up, not ready, and retries.
            IGraphStore store = options.Kind == StoreKind.Neo4j ? OpenNeo4j(services) : OpenSqlite(options);
            return new MeasuredGraphStore(store, services.GetRequiredService<InnovationNetworkMetrics>());
        });
        builder.Services.AddSingleton<IConfigureExecution, StoreUnavailableErrors>();
        return builder;
    }

    private static SqliteGraphStore OpenSqlite(StoreOptions options)
    {
        try
        {
            return new SqliteGraphStore(new SqliteStoreOptions
            {
                DataDirectory = options.DataDirectory,
                FileName = options.Sqlite.FileName,
                BusyTimeout = options.Sqlite.BusyTimeout,
                Pooling = options.Sqlite.Pooling,
            });
        }
        catch (StoreUnavailableException e)
        {
            // A damaged or newer file, or one that is not ours: a retry would find it the same.
            throw new StartupFailedException(e.Message, e);
        }
    }

    private static Neo4jGraphStore OpenNeo4j(IServiceProvider services)
    {
        try
        {
            return services.GetRequiredService<Neo4jGraphStore>();
        }
        catch (OptionsValidationException e)
        {
            throw new StartupFailedException(string.Join(" ", e.Failures), e);
        }
    }
}
