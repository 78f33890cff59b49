using System.Globalization;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Ports;
using Microsoft.Data.Sqlite;

namespace InnovationNetwork.Storage.Sqlite;

// Reading: the whole graph at start-up, the change log while tailing.
public sealed partial class SqliteGraphStore
{
    private const string CurrentSequenceSql = "SELECT coalesce(max(sequence), 0) FROM change_log;";

    public async Task<long> ReadGraphAsync(IGraphSink sink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sink);
        await using var connection = await OpenAsync("reading the graph", cancellationToken);
        try
        {
            // In WAL mode a read transaction sees the file as of its first read and keeps seeing it while
            // writers go on, so the sequence, nodes and relationships below all come from one moment.
            await using var transaction = connection.BeginTransaction(deferred: true);
            var sequence = (long)Scalar(connection, transaction, CurrentSequenceSql)!;

            ReadBodies(connection, transaction, "SELECT body FROM nodes;", body => sink.OnNode(GraphJson.Deserialize<Node>(body)), cancellationToken);
            ReadBodies(
                connection,
                transaction,
                "SELECT body FROM relationships;",
                body => sink.OnRelationship(GraphJson.Deserialize<Relationship>(body)),
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return sequence;
        }
        catch (SqliteException e)
        {
            throw Failed("reading the graph", e);
        }
    }

    public async Task<IReadOnlyList<ChangeBatch>> ReadChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);

        await using var connection = await OpenAsync("reading the change log", cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT sequence, at, actor, changes FROM change_log WHERE sequence > $after ORDER BY sequence LIMIT $limit;";
            command.Parameters.AddWithValue("$after", afterSequence);
            command.Parameters.AddWithValue("$limit", limit);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var batches = new List<ChangeBatch>();
            while (reader.Read())
            {
                batches.Add(new ChangeBatch(
                    reader.GetInt64(0),
                    DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                    reader.GetString(2),
                    GraphJson.Deserialize<List<Change>>(reader.GetString(3))));
            }

            return batches;
        }
        catch (SqliteException e)
        {
            throw Failed("reading the change log", e);
        }
    }

    public async Task<long> CurrentSequenceAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync("reading the current sequence", cancellationToken);
        try
        {
            return (long)Scalar(connection, null, CurrentSequenceSql)!;
        }
        catch (SqliteException e)
        {
            throw Failed("reading the current sequence", e);
        }
    }

    private static object? Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    // Forward-only, one row at a time: the graph is handed on as it is read, never held here whole.
    private static void ReadBodies(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string sql,
        Action<string> onBody,
        CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            onBody(reader.GetString(0));
        }
    }
}
