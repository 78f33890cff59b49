using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Ports;
using InnovationNetwork.Storage.Sqlite;

namespace InnovationNetwork.Api.Tests.Replication;

/// <summary>
/// A fault-injecting double of the real SQLite store: every call goes to a real <see cref="SqliteGraphStore"/>
/// on the test's file, except while <see cref="Unreachable"/> is set, when every call fails as the store port
/// promises a store that cannot be reached fails (<see cref="StoreUnavailableException"/>, one sentence). The
/// file itself stays usable, so another writer can go on appending "while the store is away" from here.
/// </summary>
public sealed class FaultInjectingGraphStore(SqliteGraphStore real) : IGraphStore
{
    private volatile bool _unreachable;

    /// <summary>The sentence every call fails with while the store is unreachable.</summary>
    public string Reason => $"The database file {real.FilePath} cannot be reached (a fault injected by the test).";

    public bool Unreachable
    {
        get => _unreachable;
        set => _unreachable = value;
    }

    public SqliteGraphStore Real => real;

    public Task<long> AppendAsync(string actor, IReadOnlyList<Change> changes, CancellationToken cancellationToken = default) =>
        Pass(() => real.AppendAsync(actor, changes, cancellationToken));

    public Task<long> ReadGraphAsync(IGraphSink sink, CancellationToken cancellationToken = default) =>
        Pass(() => real.ReadGraphAsync(sink, cancellationToken));

    public Task<IReadOnlyList<ChangeBatch>> ReadChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) =>
        Pass(() => real.ReadChangesAsync(afterSequence, limit, cancellationToken));

    public Task<long> CurrentSequenceAsync(CancellationToken cancellationToken = default) =>
        Pass(() => real.CurrentSequenceAsync(cancellationToken));

    public Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default) =>
        _unreachable ? Task.FromResult(new StoreHealth(false, Reason)) : real.CheckHealthAsync(cancellationToken);

    public ValueTask DisposeAsync() => real.DisposeAsync();

    private Task<T> Pass<T>(Func<Task<T>> call) => _unreachable ? Task.FromException<T>(new StoreUnavailableException(Reason)) : call();
}
