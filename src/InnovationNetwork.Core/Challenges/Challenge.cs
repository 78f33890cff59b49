using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Challenges;

/// <summary>A posted need: what an organisation wants solved, at what readiness, for what budget, by when.</summary>
public sealed record Challenge : Node
{
    public required string Title { get; init; }
    public string? Description { get; init; }
    public int? TrlSought { get; init; }
    public Money? Budget { get; init; }
    public DateOnly? Deadline { get; init; }
    public ChallengeStatus Status { get; init; } = ChallengeStatus.OPEN;
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public bool IsPrivate { get; init; }

    public override NodeLabel Label => NodeLabel.Challenge;
    public override string DisplayName => Title;
}
