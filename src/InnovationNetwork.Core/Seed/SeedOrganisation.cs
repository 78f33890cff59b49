using System.Text.Json.Serialization;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;

namespace InnovationNetwork.Core.Seed;

/// <summary>An entry of <c>seed/organisations.json</c>: an organisation, its place and its specialisms.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SeedOrganisation
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required OrganisationKind Kind { get; init; }
    public string? ShortName { get; init; }
    public string? Description { get; init; }
    public string? Website { get; init; }
    public string? Postcode { get; init; }

    /// <summary>The id of the place it is in (LOCATED_IN).</summary>
    public string? Place { get; init; }

    /// <summary>Ids of its specialisms (SPECIALISES_IN).</summary>
    public IReadOnlyList<string> Specialisms { get; init; } = [];

    public IReadOnlyList<ExternalIdentifier> Identifiers { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
}
