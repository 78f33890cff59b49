using InnovationNetwork.Storage.Sqlite;

namespace InnovationNetwork.Api.Store;

/// <summary>Which store the service uses and where it keeps its files; bound from the "Store" section.</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>Sqlite (the embedded default) or Neo4j.</summary>
    public StoreKind Kind { get; set; } = StoreKind.Sqlite;

    /// <summary>
    /// Where the embedded store keeps its file, created if missing; relative paths are from the working
    /// directory. It wins over a DataDirectory under Store:Sqlite, so there is one place to set it.
    /// </summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>The SQLite store's file name, lock wait and pooling (Store:Sqlite); its DataDirectory is ours.</summary>
    public SqliteStoreOptions Sqlite { get; set; } = new();
}
