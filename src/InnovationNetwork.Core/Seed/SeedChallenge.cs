using System.Text.Json.Serialization;
using InnovationNetwork.Core.Challenges;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Seed;

/// <summary>An entry of <c>seed/challenges.json</c>: a challenge, who posted it, where and what it is about.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SeedChallenge
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public int? TrlSought { get; init; }
    public Money? Budget { get; init; }
    public DateOnly? Deadline { get; init; }
    public required ChallengeStatus Status { get; init; }

    /// <summary>The id of the organisation that posted it (POSTED).</summary>
    public string? PostedBy { get; init; }

    public IReadOnlyList<string> Specialisms { get; init; } = [];
    public string? Place { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
}
