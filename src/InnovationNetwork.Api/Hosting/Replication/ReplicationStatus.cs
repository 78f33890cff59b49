namespace InnovationNetwork.Api.Hosting.Replication;

/// <summary>
/// What the <see cref="ChangeLogTailer"/> last saw, for health and metrics: read without locks, replaced
/// as a whole after each poll.
/// </summary>
public sealed class ReplicationStatus(TimeProvider clock)
{
    private volatile ReplicationSnapshot _current = new(null, 0, null, null, 0);

    public ReplicationSnapshot Current => _current;

    /// <summary>How long since the last successful catch-up (since this status was made, before any).</summary>
    public TimeSpan SinceLastCatchUp => clock.GetUtcNow() - (_current.LastCatchUpAt ?? Started);

    private DateTimeOffset Started { get; } = clock.GetUtcNow();

    internal void CaughtUp(long storeSequence) =>
        _current = new ReplicationSnapshot(clock.GetUtcNow(), storeSequence, null, null, 0);

    /// <summary>The store's last sequence read elsewhere (by a health probe), so the lag gauge is as fresh as the last look.</summary>
    internal void Observed(long storeSequence) => _current = _current with { StoreSequence = storeSequence };

    internal void Failed(string reason)
    {
        var previous = _current;
        _current = previous with
        {
            LastFailure = reason,
            FailingSince = previous.FailingSince ?? clock.GetUtcNow(),
            ConsecutiveFailures = previous.ConsecutiveFailures + 1,
        };
    }
}

/// <param name="LastCatchUpAt">When the change log was last read successfully; null before the first time.</param>
/// <param name="StoreSequence">The store's last sequence as that catch-up saw it.</param>
/// <param name="LastFailure">Why the attempts since have failed (the store's sentence); null while they succeed.</param>
/// <param name="FailingSince">When the attempts started failing.</param>
/// <param name="ConsecutiveFailures">How many attempts in a row have failed.</param>
public sealed record ReplicationSnapshot(
    DateTimeOffset? LastCatchUpAt, long StoreSequence, string? LastFailure, DateTimeOffset? FailingSince, int ConsecutiveFailures);
