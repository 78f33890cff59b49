using InnovationNetwork.Core.Ports;
using Microsoft.Data.Sqlite;

namespace InnovationNetwork.Storage.Sqlite;

/// <summary>The sentences an operator reads when the file cannot be used.</summary>
internal static class SqliteStoreErrors
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static StoreUnavailableException NewerSchema(string path, int fileVersion) => new(
        $"The database file {path} was written by a newer version of InnovationNetwork (schema {fileVersion}; " +
        $"this build knows up to {SqliteMigrations.Latest}); upgrade the service or restore a backup.");

    public static StoreUnavailableException NotOurs(string path) => new(
        $"The database file {path} is a SQLite database that InnovationNetwork did not create (it holds tables " +
        "but no schema version); set the data directory to another place or move the file away.");

    public static StoreUnavailableException Corrupt(string path, string reason, Exception? inner = null) => new(
        $"The database file {path} is not a readable SQLite database ({Trim(reason)}); restore a backup or move " +
        "the file away to start an empty store.",
        inner);

    /// <summary>A failure while using a file that opened fine: a lock held too long, a full disk, a vanished file.</summary>
    public static StoreUnavailableException Failed(string path, string doing, SqliteException e, TimeSpan busyTimeout) =>
        e.SqliteErrorCode is SqliteBusy or SqliteLocked
            ? new($"The database file {path} stayed locked by another writer for more than {busyTimeout.TotalSeconds:0.#} s " +
                  $"while {doing}; try again, or raise BusyTimeout if long imports run alongside.", e)
            : new($"The database file {path} failed while {doing} ({Trim(e.Message)}).", e);

    // Keeps the sentence one line: quick_check answers on several lines under a "*** in database main ***"
    // banner, and SqliteException messages end with a full stop that would be doubled inside parentheses.
    private static string Trim(string reason)
    {
        var lines = reason
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith("***", StringComparison.Ordinal));
        var oneLine = string.Join("; ", lines).TrimEnd('.');
        return oneLine.Length <= 300 ? oneLine : string.Concat(oneLine.AsSpan(0, 300), "…");
    }
}
