using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Ports;
using InnovationNetwork.Storage.Neo4j.Cypher;
using InnovationNetwork.Storage.Neo4j.Http;

namespace InnovationNetwork.Storage.Neo4j;

// Reading: the whole graph at start-up, the change log while tailing.
public sealed partial class Neo4jGraphStore
{
    /// <remarks>
    /// Neo4j reads at read-committed isolation, so one transaction alone does not give one moment's view. The
    /// read takes the change-log lock that every append takes first: no batch commits while the graph streams,
    /// and the sequence returned is exactly the last batch included. Appends wait meanwhile (a full read is a
    /// start-up event). The transaction is rolled back, so the read writes nothing. A failure before the first
    /// node is handed on is retried; after it, the read fails, because the sink cannot take the graph twice.
    /// </remarks>
    public Task<long> ReadGraphAsync(IGraphSink sink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sink);
        return ExecuteAsync("reading the graph", token => ReadGraphOnceAsync(sink, token), cancellationToken);
    }

    public Task<IReadOnlyList<ChangeBatch>> ReadChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);

        return ExecuteAsync<IReadOnlyList<ChangeBatch>>(
            "reading the change log",
            async token =>
            {
                using var result = await _client.RunAsync(Neo4jChangeLogCypher.After(afterSequence, limit), token);
                var batches = new List<ChangeBatch>(result.Count);
                for (var row = 0; row < result.Count; row++)
                {
                    batches.Add(new ChangeBatch(
                        result.Integer(row, "sequence") ?? 0,
                        result.DateTime(row, "at"),
                        result.String(row, "actor") ?? "",
                        GraphJson.Deserialize<List<Change>>(result.String(row, "changes") ?? "[]")));
                }

                return batches;
            },
            cancellationToken);
    }

    public Task<long> CurrentSequenceAsync(CancellationToken cancellationToken = default) =>
        ExecuteAsync("reading the current sequence", CurrentSequenceOnceAsync, cancellationToken);

    private async Task<long> CurrentSequenceOnceAsync(CancellationToken cancellationToken)
    {
        using var result = await _client.RunAsync(Neo4jChangeLogCypher.Current(), cancellationToken);
        return result.Count == 1 ? result.Integer(0, "sequence") ?? 0 : throw CounterMissing();
    }

    private async Task<long> ReadGraphOnceAsync(IGraphSink sink, CancellationToken cancellationToken)
    {
        var (transaction, locked) = await _client.BeginAsync(Neo4jChangeLogCypher.LockForRead(), cancellationToken);
        await using (transaction)
        {
            long sequence;
            using (locked)
            {
                sequence = locked.Count == 1 ? locked.Integer(0, "sequence") ?? 0 : throw CounterMissing();
            }

            var streaming = false;
            try
            {
                var after = "";
                int count;
                do
                {
                    using var page = await transaction.RunAsync(Neo4jNodeCypher.Page(after, _options.ReadPageSize), cancellationToken);
                    count = page.Count;
                    for (var row = 0; row < count; row++)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        streaming = true;
                        sink.OnNode(GraphJson.Deserialize<Node>(page.String(row, Mapping.Neo4jProperties.Body)!));
                        after = page.String(row, "id")!;
                    }
                }
                while (count == _options.ReadPageSize);

                after = "";
                do
                {
                    using var page = await transaction.RunAsync(Neo4jRelationshipCypher.Page(after, _options.ReadPageSize), cancellationToken);
                    count = page.Count;
                    for (var row = 0; row < count; row++)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        foreach (var body in (List<object?>)page.Value(row, "bodies")!)
                        {
                            sink.OnRelationship(GraphJson.Deserialize<Relationship>((string)body!));
                        }

                        after = page.String(row, "source")!;
                    }
                }
                while (count == _options.ReadPageSize);
            }
            catch (Neo4jTransientException e) when (streaming)
            {
                throw new StoreUnavailableException(
                    $"{Server} failed part-way through reading the graph ({e.Message}); a streamed read cannot resume, so start it again.",
                    e);
            }

            await transaction.RollbackAsync();
            return sequence;
        }
    }
}
