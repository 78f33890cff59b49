using InnovationNetwork.Core.Ports;

namespace InnovationNetwork.Storage.Sqlite;

// Health: one cheap read of the change log's head.
public sealed partial class SqliteGraphStore
{
    public async Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var sequence = await CurrentSequenceAsync(cancellationToken);
            return new StoreHealth(true, $"The SQLite store {FilePath} is readable at sequence {sequence}.");
        }
        catch (StoreUnavailableException e)
        {
            return new StoreHealth(false, e.Message);
        }
        catch (ObjectDisposedException)
        {
            return new StoreHealth(false, $"The SQLite store {FilePath} has been closed.");
        }
    }
}
