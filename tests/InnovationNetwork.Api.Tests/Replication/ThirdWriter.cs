using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Storage.Sqlite;

namespace InnovationNetwork.Api.Tests.Replication;

/// <summary>
/// Another writer on the same SQLite file as the app under test: a real, legitimate multi-writer (an import run
/// from the CLI does exactly this), which goes through the store and its change log but no API instance.
/// </summary>
public static class ThirdWriter
{
    public const string Actor = "test:third-writer";

    public static async Task<long> PutOrganisationAsync(string dataDirectory, string id, string name, int version = 1)
    {
        await using var store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = dataDirectory, Pooling = false });
        return await store.AppendAsync(Actor, [new PutNode(new Organisation { Id = id, Name = name, Version = version })]);
    }
}
