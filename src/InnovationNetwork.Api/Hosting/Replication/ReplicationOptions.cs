namespace InnovationNetwork.Api.Hosting.Replication;

/// <summary>How this instance follows the store's change log and retries a store it cannot reach; bound from "Replication".</summary>
public sealed class ReplicationOptions
{
    public const string Section = "Replication";

    /// <summary>How often the change log is read for other instances' writes: they are visible here within about this long.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The first wait after a failed load or catch-up; each further failure doubles it, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts while the store cannot be reached.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// /health/ready reports Degraded when the store holds batches this instance has not applied and its last
    /// successful catch-up is older than this; a store that cannot be reached is Degraded at once.
    /// </summary>
    public TimeSpan DegradedAfter { get; set; } = TimeSpan.FromSeconds(10);
}
