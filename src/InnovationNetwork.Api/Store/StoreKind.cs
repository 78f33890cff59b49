namespace InnovationNetwork.Api.Store;

/// <summary>Which durable store holds the graph and its change log.</summary>
public enum StoreKind
{
    /// <summary>One SQLite file under the data directory: no server, no set-up.</summary>
    Sqlite,

    /// <summary>A Neo4j database (a server, a cluster or Aura) over its HTTP Query API, configured under Store:Neo4j.</summary>
    Neo4j,
}
