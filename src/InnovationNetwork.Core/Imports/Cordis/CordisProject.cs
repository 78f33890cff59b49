namespace InnovationNetwork.Core.Imports.Cordis;

/// <summary>A valid row of CORDIS's project.csv.</summary>
public sealed record CordisProject(string Id, string File, int Line)
{
    public required string Title { get; init; }
    public string? Acronym { get; init; }
    public string? Objective { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public decimal? TotalCost { get; init; }
    public decimal? EcMaxContribution { get; init; }
    public string? FrameworkProgramme { get; init; }

    /// <summary>The programme parts of <c>legalBasis</c> (<c>H2020-EU.3.3.</c> …).</summary>
    public IReadOnlyList<string> LegalBasis { get; init; } = [];
}
