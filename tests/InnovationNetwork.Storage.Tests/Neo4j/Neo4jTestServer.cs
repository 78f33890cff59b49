using InnovationNetwork.Storage.Neo4j;

namespace InnovationNetwork.Storage.Tests.Neo4j;

/// <summary>
/// The real Neo4j the contract suite runs against, named by NEO4J_URL (with NEO4J_USER, NEO4J_PASSWORD and,
/// optionally, NEO4J_DATABASE). Without NEO4J_URL there is none, and every contract test says so as its skip reason.
/// </summary>
internal static class Neo4jTestServer
{
    public static string? Url => Environment.GetEnvironmentVariable("NEO4J_URL") is { Length: > 0 } url ? url : null;

    /// <summary>Why the contract tests are skipped, or null when a server is configured.</summary>
    public static string? SkipReason => Url is null
        ? "NOT RUN against Neo4j: NEO4J_URL is not set. Set NEO4J_URL (and NEO4J_USER, NEO4J_PASSWORD) to run the store contract " +
          "against a real Neo4j 5.26+, e.g. the one docker-compose.yml starts; see docs/neo4j.md. The suite empties that database."
        : null;

    public static Neo4jStoreOptions Options() => new()
    {
        Url = Url ?? throw new InvalidOperationException("NEO4J_URL is not set."),
        Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } database ? database : "neo4j",
        User = Environment.GetEnvironmentVariable("NEO4J_USER") is { Length: > 0 } user ? user : null,
        Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") is { Length: > 0 } password ? password : null,
    };
}
