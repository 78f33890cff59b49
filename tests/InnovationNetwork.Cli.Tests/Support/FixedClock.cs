namespace InnovationNetwork.Cli.Tests.Support;

/// <summary>A clock stopped at one moment, so two imports stamp the same source time and their graphs compare equal.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Moment = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public FixedClock() : this(Moment)
    {
    }

    public override DateTimeOffset GetUtcNow() => now;
}
