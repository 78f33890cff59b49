using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Organisations;

/// <summary>A business, university, research organisation, public body or funder.</summary>
public sealed record Organisation : Node
{
    public required string Name { get; init; }
    public OrganisationKind Kind { get; init; } = OrganisationKind.OTHER;
    public string? ShortName { get; init; }
    public string? Description { get; init; }
    public string? Website { get; init; }

    /// <summary>Contact details: shown to members and staff only.</summary>
    public string? Email { get; init; }

    public string? Phone { get; init; }
    public string? Address { get; init; }
    public string? Postcode { get; init; }
    public OrganisationSize? Size { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Employees and "better jobs" (SOC major groups 1–3), with the year and source they refer to.</summary>
    public Employment? Employment { get; init; }

    /// <summary>A private profile is visible to staff and the organisation's own members only.</summary>
    public bool IsPrivate { get; init; }

    public override NodeLabel Label => NodeLabel.Organisation;
    public override string DisplayName => Name;
}
