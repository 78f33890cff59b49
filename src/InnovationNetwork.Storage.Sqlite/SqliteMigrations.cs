namespace InnovationNetwork.Storage.Sqlite;

/// <summary>
/// The schema, as numbered steps. A file records the last step applied in <c>PRAGMA user_version</c>;
/// opening it applies the missing ones. Steps are only ever appended: a released step never changes,
/// because files in the field already ran it.
/// </summary>
internal static class SqliteMigrations
{
    public static readonly IReadOnlyList<SqliteMigration> All =
    [
        new(1, """
            CREATE TABLE nodes (
                id      TEXT PRIMARY KEY,
                label   TEXT NOT NULL,
                version INTEGER NOT NULL,
                body    TEXT NOT NULL
            );

            CREATE TABLE relationships (
                type    TEXT NOT NULL,
                from_id TEXT NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
                to_id   TEXT NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
                body    TEXT NOT NULL,
                PRIMARY KEY (type, from_id, to_id)
            ) WITHOUT ROWID;

            -- The primary key leads with type, so removing a node (the cascades above) needs both ends indexed.
            CREATE INDEX relationships_to ON relationships (to_id);
            CREATE INDEX relationships_from ON relationships (from_id);

            CREATE TABLE change_log (
                sequence INTEGER PRIMARY KEY,
                at       TEXT NOT NULL,
                actor    TEXT NOT NULL,
                changes  TEXT NOT NULL
            );
            """),
    ];

    /// <summary>The schema version this build writes.</summary>
    public static int Latest => All[^1].Version;
}

/// <summary>One step of the schema: the SQL that takes a file from <c>Version - 1</c> to <c>Version</c>.</summary>
internal sealed record SqliteMigration(int Version, string Sql);
