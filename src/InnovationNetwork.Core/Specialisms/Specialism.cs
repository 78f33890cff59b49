using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Specialisms;

/// <summary>
/// An area of smart specialisation. Specialisms form a tree through SUBSPECIALISM_OF
/// (Energy › Offshore wind › Offshore robotics); <see cref="Keywords"/> help search and matching find it.
/// </summary>
public sealed record Specialism : Node
{
    public required string Name { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];

    public override NodeLabel Label => NodeLabel.Specialism;
    public override string DisplayName => Name;
}
