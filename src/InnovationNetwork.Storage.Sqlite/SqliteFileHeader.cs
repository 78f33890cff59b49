using System.Buffers.Binary;

namespace InnovationNetwork.Storage.Sqlite;

/// <summary>
/// Reads the 100-byte header every SQLite file starts with (https://sqlite.org/fileformat.html), with
/// plain file I/O: a file that is not SQLite at all, or was written by a newer schema, is told apart
/// before SQLite itself opens it.
/// </summary>
internal static class SqliteFileHeader
{
    private const int Length = 100;
    private const int UserVersionOffset = 60;
    private static ReadOnlySpan<byte> Magic => "SQLite format 3\0"u8;

    /// <summary>Throws the operator's sentence if the header says this build cannot use the file.</summary>
    public static void Check(string path)
    {
        Span<byte> header = stackalloc byte[Length];
        int read;
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            read = file.ReadAtLeast(header, Length, throwOnEndOfStream: false);
        }

        if (read < Length || !header[..Magic.Length].SequenceEqual(Magic))
        {
            throw SqliteStoreErrors.Corrupt(path, "it does not begin with the SQLite file header");
        }

        // The header's copy can lag a write-ahead log not yet checkpointed; SQLite's own reading follows.
        var userVersion = BinaryPrimitives.ReadInt32BigEndian(header[UserVersionOffset..]);
        if (userVersion > SqliteMigrations.Latest)
        {
            throw SqliteStoreErrors.NewerSchema(path, userVersion);
        }
    }
}
