using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Ports;

/// <summary>
/// The durable store: the system of record for the current graph and its append-only change log.
/// Small on purpose, so that one contract suite proves every adapter (SQLite, Neo4j) behaves the same.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>
    /// Applies the changes atomically and appends them to the change log as one batch.
    /// Returns the new batch's sequence number. Throws <see cref="StoreConflictException"/> when a
    /// <see cref="PutNode"/>'s version does not follow the stored one (or creates an id in use), or a
    /// relationship names a node that does not exist; then nothing is written.
    /// </summary>
    Task<long> AppendAsync(string actor, IReadOnlyList<Change> changes, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the whole current graph in one consistent view, nodes first, and returns the sequence of
    /// the last batch that view includes.
    /// </summary>
    Task<long> ReadGraphAsync(IGraphSink sink, CancellationToken cancellationToken = default);

    /// <summary>The batches after <paramref name="afterSequence"/>, in order, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ChangeBatch>> ReadChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default);

    /// <summary>The sequence of the last batch, 0 for an empty store.</summary>
    Task<long> CurrentSequenceAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether the store can be reached and read, with a sentence for operators.</summary>
    Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default);
}

/// <summary>Receives a streamed read of the graph.</summary>
public interface IGraphSink
{
    void OnNode(Node node);
    void OnRelationship(Relationship relationship);
}

public sealed record StoreHealth(bool IsHealthy, string Description);
