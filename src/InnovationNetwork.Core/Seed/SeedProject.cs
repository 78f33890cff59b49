using System.Text.Json.Serialization;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Seed;

/// <summary>An entry of <c>seed/projects.json</c>: a project with its place, specialisms, participants and funders.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SeedProject
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Acronym { get; init; }
    public string? Abstract { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public Money? TotalCost { get; init; }
    public Money? Funding { get; init; }
    public string? Programme { get; init; }
    public string? Place { get; init; }

    /// <summary>Ids of the specialisms it applies to (APPLIES_TO).</summary>
    public IReadOnlyList<string> Specialisms { get; init; } = [];

    public IReadOnlyList<SeedParticipant> Participants { get; init; } = [];

    /// <summary>Ids of the organisations that fund it (FUNDED_BY).</summary>
    public IReadOnlyList<string> Funders { get; init; } = [];

    public IReadOnlyList<string> Keywords { get; init; } = [];
}
