using InnovationNetwork.Core.Graph;
using Microsoft.Data.Sqlite;

namespace InnovationNetwork.Storage.Sqlite;

// Writing: one BEGIN IMMEDIATE transaction per batch; any failure rolls all of it back.
public sealed partial class SqliteGraphStore
{
    public async Task<long> AppendAsync(string actor, IReadOnlyList<Change> changes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            throw new ArgumentException("A batch needs at least one change.", nameof(changes));
        }

        // Serialised before taking the write lock, so other writers wait for the database work only.
        var changesJson = GraphJson.Serialize(changes);

        await using var connection = await OpenAsync("appending a batch", cancellationToken);
        try
        {
            // Disposing the transaction without committing rolls back: a conflict or a cancellation
            // part-way through leaves nothing of the batch.
            await using var transaction = connection.BeginTransaction(deferred: false);
            using var writer = new SqliteBatchWriter(connection, transaction);
            foreach (var change in changes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                writer.Apply(change);
            }

            // Stamped inside the lock, so the log's times never run backwards between writers.
            var sequence = writer.AppendLog(DateTimeOffset.UtcNow, actor, changesJson);
            await transaction.CommitAsync(cancellationToken);
            return sequence;
        }
        catch (SqliteException e)
        {
            throw Failed("appending a batch", e);
        }
    }
}
