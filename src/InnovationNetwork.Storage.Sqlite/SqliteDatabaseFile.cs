using Microsoft.Data.Sqlite;

namespace InnovationNetwork.Storage.Sqlite;

/// <summary>
/// Makes the store's file ready: checks an existing file without writing to it, then switches it to WAL
/// and applies the migrations it lacks. A file this build cannot use is refused untouched, so the
/// operator can still hand it to the build (or the backup) that can.
/// </summary>
internal static class SqliteDatabaseFile
{
    public static void Prepare(SqliteConnectionFactory connections)
    {
        var path = connections.FilePath;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        // SQLite treats an empty file as an empty database; anything else is looked at first, read-only.
        if (File.Exists(path) && new FileInfo(path).Length > 0)
        {
            Inspect(path);
        }

        try
        {
            Migrate(connections);
        }
        catch (SqliteException e)
        {
            throw SqliteStoreErrors.Failed(path, "opening it", e, connections.BusyTimeout);
        }
    }

    private static void Inspect(string path)
    {
        SqliteFileHeader.Check(path);

        string check;
        try
        {
            using var connection = new SqliteConnection(ReadOnly(path));
            connection.Open();
            RefuseUnknown(path, connection, transaction: null);

            // quick_check reads every page once (about a second per gigabyte), which start-up does anyway
            // when it loads the graph; it finds damage before a write lands on top of it.
            check = Scalar<string>(connection, null, "PRAGMA quick_check(1);") ?? "no answer to quick_check";
        }
        catch (SqliteException e)
        {
            throw SqliteStoreErrors.Corrupt(path, e.Message, e);
        }

        if (check != "ok")
        {
            throw SqliteStoreErrors.Corrupt(path, check);
        }
    }

    // A read-only connection to a WAL file still creates its -wal and -shm files. With no write-ahead log
    // waiting to be checkpointed, the main file is the whole truth, and "immutable" reads it with no side
    // files and no locks, so a refused file leaves nothing new beside it.
    private static string ReadOnly(string path)
    {
        var wal = new FileInfo(path + "-wal");
        var dataSource = wal.Exists && wal.Length > 0 ? path : new Uri(path).AbsoluteUri + "?immutable=1";
        return new SqliteConnectionStringBuilder
        {
            DataSource = dataSource,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString();
    }

    private static void Migrate(SqliteConnectionFactory connections)
    {
        var path = connections.FilePath;
        using var connection = connections.Open();

        // Kept in the file once set; cannot change inside a transaction.
        Scalar<string>(connection, null, "PRAGMA journal_mode = WAL;");

        // IMMEDIATE: a second process opening the same new file waits here, then finds the work done.
        using var transaction = connection.BeginTransaction(deferred: false);
        var version = RefuseUnknown(path, connection, transaction);
        foreach (var migration in SqliteMigrations.All)
        {
            if (migration.Version > version)
            {
                Execute(connection, transaction, migration.Sql);
            }
        }

        if (version < SqliteMigrations.Latest)
        {
            // A pragma takes no parameters; the value is an int of ours.
            Execute(connection, transaction, $"PRAGMA user_version = {SqliteMigrations.Latest};");
        }

        transaction.Commit();
    }

    /// <summary>The file's schema version, once it is known to be one this build can open.</summary>
    private static int RefuseUnknown(string path, SqliteConnection connection, SqliteTransaction? transaction)
    {
        var version = (int)Scalar<long>(connection, transaction, "PRAGMA user_version;");
        if (version > SqliteMigrations.Latest)
        {
            throw SqliteStoreErrors.NewerSchema(path, version);
        }

        if (version == 0 && Scalar<long>(connection, transaction, "SELECT count(*) FROM sqlite_schema;") > 0)
        {
            throw SqliteStoreErrors.NotOurs(path);
        }

        return version;
    }

    private static T? Scalar<T>(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return (T?)command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
