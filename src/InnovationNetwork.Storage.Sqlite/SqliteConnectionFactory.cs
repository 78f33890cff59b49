using System.Globalization;
using Microsoft.Data.Sqlite;

namespace InnovationNetwork.Storage.Sqlite;

/// <summary>
/// Opens read-write connections to the store's file, each set up the same way. Every operation takes a
/// connection of its own (from the pool) and disposes it, so concurrent callers never share one.
/// </summary>
internal sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;

    // Per-connection settings SQLite does not keep in the file (journal_mode=WAL, by contrast, is kept).
    // busy_timeout makes SQLite itself wait for another writer's lock instead of failing at once;
    // synchronous=NORMAL is durable across application crashes in WAL mode and skips an fsync per commit.
    private readonly string _setUp;

    public SqliteConnectionFactory(SqliteStoreOptions options)
    {
        FilePath = options.FilePath;
        BusyTimeout = options.BusyTimeout;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = options.Pooling,
            ForeignKeys = true,

            // Microsoft.Data.Sqlite retries a busy statement until this many seconds have passed; keep it
            // in step with busy_timeout so one setting decides how long a writer waits.
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        }.ToString();
        _setUp = string.Create(
            CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL;");
    }

    public string FilePath { get; }

    public TimeSpan BusyTimeout { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var setUp = connection.CreateCommand();
            setUp.CommandText = _setUp;
            setUp.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var setUp = connection.CreateCommand();
            setUp.CommandText = _setUp;
            await setUp.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closes this file's idle pooled connections, so the file is released when the store is disposed.</summary>
    public void ReleasePooledConnections()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
