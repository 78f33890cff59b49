namespace InnovationNetwork.Storage.Sqlite;

/// <summary>Where the embedded store keeps its file and how long a writer waits for another.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>The directory holding the database file; created if missing. Relative paths are from the working directory.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>The database file's name inside <see cref="DataDirectory"/>.</summary>
    public string FileName { get; set; } = "innovation.db";

    /// <summary>
    /// How long a write waits for the file's write lock while another writer (another instance or
    /// process) holds it, before the write fails as unavailable. An import batch of tens of thousands of
    /// changes holds the lock for a second or two, so the default leaves room for a few of them.
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Keep closed connections open for reuse. Each operation takes a connection of its own, so pooling
    /// spares reopening the file and re-reading its schema on every call; the store clears its pool when
    /// disposed. Turn it off only to have every call open the file afresh.
    /// </summary>
    public bool Pooling { get; set; } = true;

    /// <summary>The full path of the database file.</summary>
    public string FilePath => Path.GetFullPath(Path.Combine(DataDirectory, FileName));
}
