using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Places;

/// <summary>
/// A place in the tree region › LEP area › local authority (joined by LOCATED_IN), with its ONS code
/// and, for local authorities, the postcode districts that map to it.
/// </summary>
public sealed record Place : Node
{
    public required string Name { get; init; }
    public PlaceLevel Level { get; init; }
    public string? OnsCode { get; init; }
    public string? NutsCode { get; init; }
    public IReadOnlyList<string> PostcodeDistricts { get; init; } = [];

    public override NodeLabel Label => NodeLabel.Place;
    public override string DisplayName => Name;
}
