using InnovationNetwork.Storage.Neo4j.Cypher;

namespace InnovationNetwork.Storage.Neo4j.Http;

/// <summary>
/// An open explicit transaction (<c>/db/{database}/query/v2/tx/{id}</c>). Its owner runs statements, then
/// commits; disposing it before a commit rolls it back (<c>DELETE</c>), so every failure path leaves nothing.
/// Requests replay the <c>neo4j-cluster-affinity</c> header the server gave when it opened the transaction.
/// </summary>
internal sealed class Neo4jTransaction : IAsyncDisposable
{
    // A rollback is a courtesy to the server (an abandoned transaction expires by itself, 60 s by default),
    // so a failure path never waits long for one.
    private static readonly TimeSpan RollbackTimeout = TimeSpan.FromSeconds(5);

    private readonly Neo4jQueryClient _client;
    private bool _finished;

    internal Neo4jTransaction(Neo4jQueryClient client, string id, string? affinity)
    {
        _client = client;
        Id = id;
        Affinity = affinity;
    }

    public string Id { get; }

    public string? Affinity { get; }

    public Task<Neo4jResult> RunAsync(Neo4jStatement statement, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        return _client.SendInTransactionAsync(HttpMethod.Post, Id, "", statement, Affinity, statement.Name, cancellationToken);
    }

    /// <summary>
    /// Commits, running <paramref name="final"/> first when given. Throws <see cref="Neo4jTransientException"/>
    /// with <see cref="Neo4jTransientException.ServerAnswered"/> false when no answer came: then nobody knows
    /// whether the commit took effect, and the caller must find out before trying again.
    /// </summary>
    public async Task<Neo4jResult> CommitAsync(Neo4jStatement? final, string doing, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        var result = await _client.SendInTransactionAsync(HttpMethod.Post, Id, "/commit", final, Affinity, doing, cancellationToken);

        // Only now: a commit that failed is still rolled back (harmless if the server closed it already).
        _finished = true;
        return result;
    }

    /// <summary>Rolls back; never throws. A transaction the server already closed (after an error) answers with an error, which is ignored.</summary>
    public async ValueTask RollbackAsync()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        using var timeout = new CancellationTokenSource(RollbackTimeout);
        try
        {
            using var _ = await _client.SendInTransactionAsync(HttpMethod.Delete, Id, "", statement: null, Affinity, "roll back a transaction", timeout.Token);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Closed already, or the server is gone: either way the transaction will not commit.
        }
    }

    public ValueTask DisposeAsync() => RollbackAsync();
}
