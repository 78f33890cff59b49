using System.Text.Json.Serialization;

namespace InnovationNetwork.Core.Seed;

/// <summary>An entry of <c>seed/specialisms.json</c>: a specialism and the id of its broader one.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SeedSpecialism
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Parent { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
}
