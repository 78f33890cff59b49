using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Ports;
using InnovationNetwork.Storage.Neo4j.Cypher;
using InnovationNetwork.Storage.Neo4j.Http;

namespace InnovationNetwork.Storage.Neo4j;

// Writing: one explicit transaction per batch, opened by locking the change-log counter; any failure rolls it back.
public sealed partial class Neo4jGraphStore
{
    public async Task<long> AppendAsync(string actor, IReadOnlyList<Change> changes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            throw new ArgumentException("A batch needs at least one change.", nameof(changes));
        }

        // Built before the transaction opens, so other writers wait for the database work only.
        var changesJson = GraphJson.Serialize(changes);
        var plan = Neo4jBatchPlan.For(changes);
        var batchId = Guid.NewGuid().ToString("N");

        return await ExecuteAsync("appending a batch", token => AppendOnceAsync(actor, plan, changesJson, batchId, token), cancellationToken);
    }

    private async Task<long> AppendOnceAsync(string actor, Neo4jBatchPlan plan, string changesJson, string batchId, CancellationToken cancellationToken)
    {
        var (transaction, first) = await _client.BeginAsync(Neo4jChangeLogCypher.LockAndNext(), cancellationToken);
        await using (transaction)
        {
            long sequence;
            using (first)
            {
                sequence = first.Count == 1 ? first.Integer(0, "sequence") ?? 0 : throw CounterMissing();
            }

            plan.Check(await StoredVersionsAsync(transaction, plan.IdsToCheck, cancellationToken));
            foreach (var statement in plan.Statements)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var result = await transaction.RunAsync(statement, cancellationToken);
                if (statement.MustReturn is var (field, count) && (result.Count != 1 || result.Integer(0, field) != count))
                {
                    throw new StoreConflictException(
                        "",
                        expectedVersion: null,
                        storedVersion: null,
                        $"{Server} did not {statement.Name} for every change of the batch: a node it needs vanished while the " +
                        "change-log lock was held, which only a writer that bypasses this store can do.");
                }
            }

            try
            {
                using var _ = await transaction.CommitAsync(
                    Neo4jChangeLogCypher.Append(sequence, batchId, actor, changesJson), "commit the batch", cancellationToken);
                return sequence;
            }
            catch (Neo4jTransientException e) when (!e.ServerAnswered)
            {
                // The commit went out and no answer came back: it may have landed. Never send it again blindly.
                await transaction.RollbackAsync();
                if (await WasCommittedAsync(sequence, batchId, e, cancellationToken))
                {
                    return sequence;
                }

                throw;
            }
        }
    }

    private static async Task<Dictionary<string, int>> StoredVersionsAsync(
        Neo4jTransaction transaction, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var versions = new Dictionary<string, int>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return versions;
        }

        using var result = await transaction.RunAsync(Neo4jNodeCypher.Versions(ids), cancellationToken);
        for (var row = 0; row < result.Count; row++)
        {
            versions[result.String(row, "id")!] = (int)(result.Integer(row, "version") ?? 0);
        }

        return versions;
    }

    /// <summary>
    /// Whether batch <paramref name="sequence"/> is ours, asked under the change-log lock so a commit still in
    /// flight has finished first. Retried on its own: if the answer cannot be had, the batch's fate is unknown,
    /// and the append fails without trying again.
    /// </summary>
    private async Task<bool> WasCommittedAsync(long sequence, string batchId, Neo4jTransientException lost, CancellationToken cancellationToken)
    {
        try
        {
            return await _retry.ExecuteAsync(
                async token =>
                {
                    var (transaction, locked) = await _client.BeginAsync(Neo4jChangeLogCypher.LockForRead(), token);
                    await using (transaction)
                    {
                        locked.Dispose();
                        using var found = await transaction.RunAsync(Neo4jChangeLogCypher.Find(sequence), token);
                        return found.Count == 1 && found.String(0, "batchId") == batchId;
                    }
                },
                cancellationToken);
        }
        catch (Neo4jTransientException e)
        {
            throw new StoreUnavailableException(
                $"{Server} lost the answer to the commit of batch {sequence} ({lost.Message}) and could not be asked whether it " +
                $"landed ({e.Message}); the change log will tell once Neo4j is back.",
                e);
        }
    }
}
