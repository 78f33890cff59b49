using System.Text.Json.Serialization;
using InnovationNetwork.Core.Capabilities;

namespace InnovationNetwork.Core.Seed;

/// <summary>An entry of <c>seed/capabilities.json</c>: a capability and the organisation that offers it.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SeedCapability
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required CapabilityKind Kind { get; init; }
    public string? Description { get; init; }

    /// <summary>Set only when the owner states the readiness levels publicly.</summary>
    public int? TrlMin { get; init; }

    public int? TrlMax { get; init; }

    /// <summary>The id of the organisation that offers it (OFFERS).</summary>
    public required string OfferedBy { get; init; }

    public IReadOnlyList<string> Specialisms { get; init; } = [];
    public string? Place { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
}
