using InnovationNetwork.Core.Ports;
using Microsoft.Data.Sqlite;

namespace InnovationNetwork.Storage.Sqlite;

/// <summary>
/// The embedded store: the graph and its change log in one SQLite file (WAL mode), safe to share between
/// several instances and processes on one machine. Each operation takes its own pooled connection, so the
/// store may be called concurrently; writers queue on SQLite's write lock for up to
/// <see cref="SqliteStoreOptions.BusyTimeout"/>.
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite's async methods complete synchronously, so loops over rows call the synchronous
/// methods and spare a task per row; the awaits that remain are where a future driver could yield.
/// </remarks>
public sealed partial class SqliteGraphStore : IGraphStore
{
    private readonly SqliteConnectionFactory _connections;
    private int _disposed;

    /// <summary>
    /// Opens (creating if missing) the file the options name and brings its schema up to date.
    /// Throws <see cref="StoreUnavailableException"/>, leaving the file untouched, when the file is not a
    /// SQLite database, is damaged, or was written by a newer version.
    /// </summary>
    public SqliteGraphStore(SqliteStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DataDirectory, "options.DataDirectory");
        ArgumentException.ThrowIfNullOrWhiteSpace(options.FileName, "options.FileName");
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.BusyTimeout, TimeSpan.Zero, "options.BusyTimeout");

        _connections = new SqliteConnectionFactory(options);
        SqliteDatabaseFile.Prepare(_connections);
    }

    /// <summary>The full path of the database file.</summary>
    public string FilePath => _connections.FilePath;

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _connections.ReleasePooledConnections();
        }

        return ValueTask.CompletedTask;
    }

    private async Task<SqliteConnection> OpenAsync(string doing, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        try
        {
            return await _connections.OpenAsync(cancellationToken);
        }
        catch (SqliteException e)
        {
            throw Failed(doing, e);
        }
    }

    private StoreUnavailableException Failed(string doing, SqliteException e) =>
        SqliteStoreErrors.Failed(_connections.FilePath, doing, e, _connections.BusyTimeout);
}
