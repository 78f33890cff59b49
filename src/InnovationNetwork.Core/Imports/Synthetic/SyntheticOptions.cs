namespace InnovationNetwork.Core.Imports.Synthetic;

/// <summary>How big a synthetic directory to make and from which seed; the same options give the same graph.</summary>
public sealed record SyntheticOptions(int Organisations, int Seed)
{
    public const int MinOrganisations = 100;
    public const int MaxOrganisations = 1_000_000;

    /// <summary>The time stamped on every node's source (<c>generate:{seed}</c>); fixed so runs compare equal.</summary>
    public DateTimeOffset At { get; init; } = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Changes per yielded batch.</summary>
    public int BatchSize { get; init; } = 20_000;

    public int Universities => Math.Max(3, Organisations / 2000);
    public int ResearchOrganisations => Math.Max(2, Organisations / 500);
    public int PublicBodies => Math.Max(2, Organisations / 250);
    public int Hubs => Universities + ResearchOrganisations;
    public int Businesses => Organisations - Hubs - PublicBodies;
    public int Projects => Organisations / 2;
    public int Challenges => Math.Max(1, Organisations / 100);
}
