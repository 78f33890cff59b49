using InnovationNetwork.Storage.Neo4j;

namespace InnovationNetwork.Storage.Tests.Neo4j;

/// <summary>Stores wired to the local fake, with retries that wait a millisecond instead of seconds.</summary>
internal static class Neo4jTestStores
{
    public static Neo4jStoreOptions Options(Action<Neo4jStoreOptions>? configure = null)
    {
        var options = new Neo4jStoreOptions
        {
            Url = "http://neo4j.test:7474",
            User = "neo4j",
            Password = "verysecret",
            MaxRetries = 2,
            RetryDelay = TimeSpan.FromMilliseconds(1),
            RequestTimeout = TimeSpan.FromSeconds(5),
        };
        configure?.Invoke(options);
        return options;
    }

    public static Neo4jGraphStore Over(HttpMessageHandler fake, Action<Neo4jStoreOptions>? configure = null) =>
        new(Options(configure), fake);
}
