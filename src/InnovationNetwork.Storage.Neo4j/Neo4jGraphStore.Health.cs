using InnovationNetwork.Core.Ports;

namespace InnovationNetwork.Storage.Neo4j;

// Health: one read of the change-log counter, tried once (a health probe must answer quickly).
public sealed partial class Neo4jGraphStore
{
    public async Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var sequence = await ExecuteAsync("checking health", CurrentSequenceOnceAsync, cancellationToken, retry: false);
            return new StoreHealth(true, $"{Server} is readable at sequence {sequence}.");
        }
        catch (StoreUnavailableException e)
        {
            return new StoreHealth(false, e.Message);
        }
        catch (Neo4jQueryException e)
        {
            return new StoreHealth(false, e.Message);
        }
        catch (ObjectDisposedException)
        {
            return new StoreHealth(false, $"The store for {Server} has been closed.");
        }
    }
}
