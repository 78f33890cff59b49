using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Capabilities;

/// <summary>
/// Something an organisation or person can do for others, with the technology readiness levels
/// (TRL 1 basic principles … TRL 9 proven in operation) it can work at.
/// </summary>
public sealed record Capability : Node
{
    public required string Name { get; init; }
    public CapabilityKind Kind { get; init; } = CapabilityKind.EXPERTISE;
    public string? Description { get; init; }
    public int? TrlMin { get; init; }
    public int? TrlMax { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];

    public override NodeLabel Label => NodeLabel.Capability;
    public override string DisplayName => Name;
}
