namespace InnovationNetwork.Core.Imports.Cordis;

/// <summary>A valid row of CORDIS's organization.csv: one organisation (by PIC) taking part in one project.</summary>
public sealed record CordisParticipation(string ProjectId, string Pic, int Line)
{
    public required string Name { get; init; }
    public string? ShortName { get; init; }
    public string? ActivityType { get; init; }
    public string? Street { get; init; }
    public string? PostCode { get; init; }
    public string? City { get; init; }
    public string? NutsCode { get; init; }
    public string? Url { get; init; }
    public string? Role { get; init; }
    public decimal? EcContribution { get; init; }

    /// <summary>The project id as a number, for ordering rows the same way on every run.</summary>
    public long ProjectNumber => long.TryParse(ProjectId, out var n) ? n : 0;
}
