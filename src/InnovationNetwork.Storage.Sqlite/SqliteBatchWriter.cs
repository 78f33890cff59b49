using System.Globalization;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Ports;
using Microsoft.Data.Sqlite;

namespace InnovationNetwork.Storage.Sqlite;

/// <summary>
/// Applies one batch's changes inside its write transaction. Each statement is built once and reused
/// with new parameter values, so SQLite compiles it once per batch however many changes the batch holds.
/// </summary>
/// <remarks>
/// One statement per change: the version check is part of the write (a create inserts only where the id is
/// free, a replace updates only the version it was read at) and SQLite's row count says whether it held;
/// a link's ends are checked by the foreign keys the connection enforces anyway. The stored version is
/// looked up only to explain a refusal. A lookup before every write cost two thirds of generate's time.
/// </remarks>
internal sealed class SqliteBatchWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly List<SqliteCommand> _commands = [];

    private const int ForeignKeyFailed = 787; // SQLITE_CONSTRAINT_FOREIGNKEY

    private readonly SqliteCommand _findVersion;
    private readonly SqliteCommand _createNode;
    private readonly SqliteCommand _replaceNode;
    private readonly SqliteCommand _removeNode;
    private readonly SqliteCommand _link;
    private readonly SqliteCommand _unlink;
    private readonly SqliteCommand _appendLog;

    public SqliteBatchWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
        _findVersion = Command("SELECT version FROM nodes WHERE id = $id;", "$id");
        _createNode = Command(
            "INSERT INTO nodes (id, label, version, body) VALUES ($id, $label, $version, $body) ON CONFLICT (id) DO NOTHING;",
            "$id", "$label", "$version", "$body");
        _replaceNode = Command(
            "UPDATE nodes SET label = $label, version = $version, body = $body WHERE id = $id AND version = $version - 1;",
            "$id", "$label", "$version", "$body");

        // The relationships' foreign keys cascade, so this also removes every relationship touching the node.
        _removeNode = Command("DELETE FROM nodes WHERE id = $id;", "$id");
        _link = Command(
            """
            INSERT INTO relationships (type, from_id, to_id, body) VALUES ($type, $from, $to, $body)
            ON CONFLICT (type, from_id, to_id) DO UPDATE SET body = excluded.body;
            """,
            "$type", "$from", "$to", "$body");
        _unlink = Command("DELETE FROM relationships WHERE type = $type AND from_id = $from AND to_id = $to;", "$type", "$from", "$to");

        // The write lock is held since BEGIN IMMEDIATE, so max + 1 cannot be taken by another writer.
        _appendLog = Command(
            """
            INSERT INTO change_log (sequence, at, actor, changes)
            SELECT coalesce(max(sequence), 0) + 1, $at, $actor, $changes FROM change_log
            RETURNING sequence;
            """,
            "$at", "$actor", "$changes");
    }

    public void Apply(Change change)
    {
        switch (change)
        {
            case PutNode put:
                Put(put.Node);
                break;
            case RemoveNode remove:
                Run(_removeNode, remove.Id);
                break;
            case Link link:
                Link(link.Relationship);
                break;
            case Unlink unlink:
                Run(_unlink, unlink.Key.Type.ToString(), unlink.Key.From, unlink.Key.To);
                break;
            default:
                throw new ArgumentException($"The SQLite store does not know the change {change.GetType().Name}.", nameof(change));
        }
    }

    /// <summary>Records the batch in the change log and returns its sequence.</summary>
    public long AppendLog(DateTimeOffset at, string actor, string changesJson)
    {
        _appendLog.Parameters[0].Value = at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
        _appendLog.Parameters[1].Value = actor;
        _appendLog.Parameters[2].Value = changesJson;
        return (long)_appendLog.ExecuteScalar()!;
    }

    public void Dispose()
    {
        foreach (var command in _commands)
        {
            command.Dispose();
        }
    }

    private void Put(Node node)
    {
        var written = Run(node.Version == 1 ? _createNode : _replaceNode, node.Id, node.Label.ToString(), node.Version, GraphJson.Serialize<Node>(node));
        if (written == 0)
        {
            throw VersionConflict(node, FindVersion(node.Id));
        }
    }

    private void Link(Relationship relationship)
    {
        try
        {
            Run(_link, relationship.Type.ToString(), relationship.From, relationship.To, GraphJson.Serialize(relationship));
        }
        catch (SqliteException e) when (e.SqliteExtendedErrorCode == ForeignKeyFailed)
        {
            var missing = FindVersion(relationship.From) is null ? relationship.From : relationship.To;
            throw new StoreConflictException(
                missing,
                expectedVersion: null,
                storedVersion: null,
                $"Cannot link {relationship.From} {relationship.Type} {relationship.To}: node {missing} does not exist.");
        }
    }

    private int? FindVersion(string id)
    {
        _findVersion.Parameters[0].Value = id;
        return _findVersion.ExecuteScalar() is long version ? (int)version : null;
    }

    private static StoreConflictException VersionConflict(Node node, int? stored)
    {
        int? expected = node.Version > 1 ? node.Version - 1 : null;
        var message = (expected, stored) switch
        {
            (null, _) => $"Cannot create {node.Id}: a node with that id exists already (version {stored}).",
            (_, null) => $"Cannot save version {node.Version} of {node.Id}: it does not exist (it may have been removed).",
            _ => $"Cannot save version {node.Version} of {node.Id}: it was read at version {expected} but is now at " +
                 $"version {stored}; read it again and reapply the change.",
        };
        return new StoreConflictException(node.Id, expected, stored, message);
    }

    private SqliteCommand Command(string sql, params string[] parameterNames)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        _commands.Add(command);
        return command;
    }

    /// <summary>Runs the statement with these parameter values; returns how many rows it changed.</summary>
    private static int Run(SqliteCommand command, params ReadOnlySpan<object> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        return command.ExecuteNonQuery();
    }
}
