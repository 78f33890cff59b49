using System.Text.Json.Serialization;
using InnovationNetwork.Core.Places;

namespace InnovationNetwork.Core.Seed;

/// <summary>An entry of <c>seed/places.json</c>: a place and the id of the place it lies in.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SeedPlace
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required PlaceLevel Level { get; init; }
    public string? OnsCode { get; init; }
    public string? NutsCode { get; init; }
    public string? Parent { get; init; }

    /// <summary>Outward codes (NE1, DH1 …) that map mainly to this place.</summary>
    public IReadOnlyList<string> PostcodeDistricts { get; init; } = [];
}
