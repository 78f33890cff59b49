using InnovationNetwork.Core.Ports;
using InnovationNetwork.Storage.Sqlite;
using InnovationNetwork.Storage.Tests.Contract;

namespace InnovationNetwork.Storage.Tests.Sqlite;

/// <summary>The store contract against SQLite: each test gets its own directory, one file per store name.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContract, IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    protected override Task<IGraphStore> OpenStoreAsync(string storeName) =>
        Task.FromResult<IGraphStore>(new SqliteGraphStore(new SqliteStoreOptions
        {
            DataDirectory = _directory.Path,
            FileName = $"{storeName}.db",
        }));

    public void Dispose() => _directory.Dispose();
}
