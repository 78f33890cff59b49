using InnovationNetwork.Core.Ports;
using InnovationNetwork.Storage.Tests.Contract;

namespace InnovationNetwork.Storage.Tests.Neo4j;

/// <summary>
/// The store contract, unchanged, through the Neo4j store's real HTTP exchange against
/// <see cref="Neo4jQueryApiModel"/>, an in-memory model of the Query API — NOT against Neo4j. It proves the
/// store's own logic on every contract test (batching, version checks, paging, typed JSON, the counter lock
/// discipline under racing instances) wherever the tests run; it cannot prove the Cypher, so it does not
/// replace <see cref="Neo4jGraphStoreContractTests"/> against a real server.
/// </summary>
public sealed class Neo4jStoreOverQueryApiModelContractTests : GraphStoreContract
{
    private readonly Dictionary<string, Neo4jQueryApiModel> _databases = new(StringComparer.Ordinal);

    protected override Task<IGraphStore> OpenStoreAsync(string storeName)
    {
        if (!_databases.TryGetValue(storeName, out var database))
        {
            _databases[storeName] = database = new Neo4jQueryApiModel();
        }

        return Task.FromResult<IGraphStore>(Neo4jTestStores.Over(database));
    }
}
