using System.Security.Cryptography;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Ports;
using InnovationNetwork.Storage.Sqlite;
using InnovationNetwork.Storage.Tests.Contract;
using Microsoft.Data.Sqlite;

namespace InnovationNetwork.Storage.Tests.Sqlite;

/// <summary>The SQLite file itself: its schema and settings, and files the store must refuse without touching.</summary>
public sealed class SqliteStoreFileTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public async Task OpeningAMissingDataDirectoryCreatesItAndTheFile()
    {
        var options = new SqliteStoreOptions { DataDirectory = Path.Combine(_directory.Path, "nested", "data") };

        await using var store = new SqliteGraphStore(options);

        Assert.True(File.Exists(Path.Combine(_directory.Path, "nested", "data", "innovation.db")));
        Assert.Equal(options.FilePath, store.FilePath);
    }

    [Fact]
    public async Task ANewFileGetsEveryMigrationAndRecordsTheLatestInUserVersion()
    {
        await using (new SqliteGraphStore(Options()))
        {
        }

        using var connection = OpenRaw(Options().FilePath);
        Assert.Equal(SqliteMigrations.Latest, Scalar<long>(connection, "PRAGMA user_version;"));
        Assert.Equal(
            ["change_log", "nodes", "relationships", "relationships_from", "relationships_to"],
            Strings(connection, "SELECT name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name;"));
        Assert.Equal(
            ["body", "id", "label", "version"],
            Strings(connection, "SELECT name FROM pragma_table_info('nodes') ORDER BY name;"));
    }

    [Fact]
    public void MigrationsAreNumberedFromOneWithoutGaps()
    {
        Assert.Equal(Enumerable.Range(1, SqliteMigrations.All.Count), SqliteMigrations.All.Select(m => m.Version));
    }

    [Fact]
    public async Task TheFileIsInWalModeAndNodesKeepTheirLabelAndVersionInColumns()
    {
        await using var store = new SqliteGraphStore(Options());
        await store.AppendAsync("test", [new PutNode(SampleNodes.Organisation() with { Version = 1 })]);

        using var connection = OpenRaw(store.FilePath);
        Assert.Equal("wal", Scalar<string>(connection, "PRAGMA journal_mode;"));
        Assert.Equal(["Organisation:1"], Strings(connection, "SELECT label || ':' || version FROM nodes;"));
    }

    [Fact]
    public async Task ReopeningAFileAtTheLatestSchemaKeepsItsData()
    {
        await using (var store = new SqliteGraphStore(Options()))
        {
            await store.AppendAsync("test", [new PutNode(SampleNodes.Business(1))]);
        }

        await using var reopened = new SqliteGraphStore(Options());

        Assert.Equal(1, await reopened.CurrentSequenceAsync());
    }

    [Fact]
    public async Task AnEmptyFileIsTakenForANewStore()
    {
        await File.WriteAllBytesAsync(Options().FilePath, []);

        await using var store = new SqliteGraphStore(Options());

        Assert.Equal(0, await store.CurrentSequenceAsync());
    }

    [Fact]
    public void AFileFromANewerVersionIsRefusedUntouchedWithASentenceSayingSo()
    {
        var path = Options().FilePath;
        using (var connection = OpenRaw(path))
        {
            Execute(connection, "CREATE TABLE nodes (id TEXT PRIMARY KEY, future TEXT); PRAGMA user_version = 7;");
        }

        var refusal = AssertRefusedUntouched(path);

        Assert.Equal(
            $"The database file {path} was written by a newer version of InnovationNetwork (schema 7; this build knows up to " +
            $"{SqliteMigrations.Latest}); upgrade the service or restore a backup.",
            refusal.Message);
    }

    [Fact]
    public void AFileOfRandomBytesIsRefusedUntouchedWithASentenceNamingIt()
    {
        var path = Options().FilePath;
        File.WriteAllBytes(path, RandomBytes(64 * 1024));

        var refusal = AssertRefusedUntouched(path);

        Assert.StartsWith($"The database file {path} is not a readable SQLite database (", refusal.Message);
        Assert.EndsWith("restore a backup or move the file away to start an empty store.", refusal.Message);
    }

    [Fact]
    public async Task ADatabaseWithDamagedPagesIsRefusedUntouched()
    {
        var path = Options().FilePath;
        await using (var store = new SqliteGraphStore(Options()))
        {
            await store.AppendAsync("test", Enumerable.Range(1, 2_000).Select(i => (Change)new PutNode(SampleNodes.Business(i))).ToList());
        }

        SqliteConnection.ClearAllPools();
        Assert.False(File.Exists(path + "-wal") && new FileInfo(path + "-wal").Length > 0, "The WAL should be checkpointed when the last connection closes.");
        DamagePages(path, firstPage: 3, count: 4);

        var refusal = AssertRefusedUntouched(path);

        Assert.StartsWith($"The database file {path} is not a readable SQLite database (", refusal.Message);
    }

    [Fact]
    public void ASqliteFileOfAnotherApplicationIsRefusedUntouched()
    {
        var path = Options().FilePath;
        using (var connection = OpenRaw(path))
        {
            Execute(connection, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);");
        }

        var refusal = AssertRefusedUntouched(path);

        Assert.Contains("did not create", refusal.Message);
        Assert.Contains(path, refusal.Message);
    }

    [Fact]
    public async Task AWriterKeptWaitingLongerThanTheBusyTimeoutIsToldTheFileIsLocked()
    {
        var options = Options(busyTimeout: TimeSpan.FromMilliseconds(300));
        await using var store = new SqliteGraphStore(options);
        using var blocker = OpenRaw(store.FilePath);
        using var transaction = blocker.BeginTransaction(deferred: false);

        var refusal = await Assert.ThrowsAsync<StoreUnavailableException>(
            () => store.AppendAsync("test", [new PutNode(SampleNodes.Business(1))]));

        Assert.Contains("stayed locked by another writer", refusal.Message);
        transaction.Rollback();
        Assert.Equal(1, await store.AppendAsync("test", [new PutNode(SampleNodes.Business(1))]));
    }

    [Fact]
    public async Task ADisposedStoreReportsItselfUnhealthy()
    {
        var store = new SqliteGraphStore(Options());
        await store.DisposeAsync();

        var health = await store.CheckHealthAsync();

        Assert.False(health.IsHealthy);
        Assert.Contains(store.FilePath, health.Description);
    }

    public void Dispose() => _directory.Dispose();

    private SqliteStoreOptions Options(TimeSpan? busyTimeout = null) => new()
    {
        DataDirectory = _directory.Path,
        BusyTimeout = busyTimeout ?? new SqliteStoreOptions().BusyTimeout,
    };

    /// <summary>Opening the file must fail, and leave the file and its directory exactly as they were.</summary>
    private StoreUnavailableException AssertRefusedUntouched(string path)
    {
        SqliteConnection.ClearAllPools();
        var hash = Hash(path);
        var files = Directory.GetFiles(_directory.Path).Order().ToList();

        var refusal = Assert.Throws<StoreUnavailableException>(() => new SqliteGraphStore(Options()));

        Assert.Equal(hash, Hash(path));
        Assert.Equal(files, Directory.GetFiles(_directory.Path).Order().ToList());
        Assert.Contains(path, refusal.Message);
        Assert.DoesNotContain("\n", refusal.Message);
        return refusal;
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(20240314).NextBytes(bytes);
        return bytes;
    }

    private static void DamagePages(string path, int firstPage, int count)
    {
        const int pageSize = 4096;
        using var file = File.Open(path, FileMode.Open, FileAccess.ReadWrite);
        Assert.True(file.Length >= (firstPage + count) * pageSize, "The database is too small to damage the pages asked for.");
        file.Position = (firstPage - 1) * pageSize;
        file.Write(RandomBytes(count * pageSize));
    }

    // Pooling off, so closing really closes the file before the store opens it.
    private static SqliteConnection OpenRaw(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static T Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
