namespace InnovationNetwork.Core.Challenges;

/// <summary>Where a posted challenge stands.</summary>
public enum ChallengeStatus
{
    OPEN,
    CLOSED,
}
