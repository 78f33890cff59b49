using InnovationNetwork.Api.Hosting;
using InnovationNetwork.Core.Ports;
using InnovationNetwork.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.Store;

public static class StoreHostingExtensions
{
    /// <summary>
    /// Registers the one <see cref="IGraphStore"/> the "Store" section chooses. The container owns it: it is
    /// opened when first asked for (at start-up, before the server listens) and disposed at shutdown.
    /// </summary>
    public static IHostApplicationBuilder AddInnovationNetworkStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StoreOptions>()
            .Bind(builder.Configuration.GetSection(StoreOptions.Section))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<StoreOptions>, StoreOptionsValidator>();

        builder.Services.AddSingleton<IGraphStore>(services =>
        {
            var options = services.GetRequiredService<IOptions<StoreOptions>>().Value;

            // The one place a store is chosen and opened. Whoever asks for it first (GraphStartup, or any
            // other start-up service that needs it), a store that cannot be opened stops start-up with its sentence.
            if (options.Kind != StoreKind.Sqlite)
            {
                throw new StartupFailedException(
                    $"Store:Kind is {options.Kind}, but the {options.Kind} store is not available in this build; set Store:Kind to Sqlite.");
            }

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
                throw new StartupFailedException(e.Message, e);
            }
        });
        return builder;
    }
}
