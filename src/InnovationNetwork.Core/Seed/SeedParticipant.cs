using System.Text.Json.Serialization;

namespace InnovationNetwork.Core.Seed;

/// <summary>An organisation taking part in a seed project (PARTICIPATES_IN), with its role if known.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SeedParticipant
{
    public required string Organisation { get; init; }
    public string? Role { get; init; }
}
