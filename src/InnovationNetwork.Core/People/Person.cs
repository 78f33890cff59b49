using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.People;

/// <summary>A researcher, engineer or business contact.</summary>
public sealed record Person : Node
{
    public required string Name { get; init; }

    /// <summary>Job title or role, e.g. "Professor of Subsea Engineering".</summary>
    public string? JobTitle { get; init; }

    public string? Biography { get; init; }

    /// <summary>Contact details: shown to members and staff only.</summary>
    public string? Email { get; init; }

    public string? Phone { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public bool IsPrivate { get; init; }

    public override NodeLabel Label => NodeLabel.Person;
    public override string DisplayName => Name;
}
