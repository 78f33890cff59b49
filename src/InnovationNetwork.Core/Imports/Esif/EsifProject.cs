namespace InnovationNetwork.Core.Imports.Esif;

/// <summary>A valid row of the ESIF projects file: one project and its beneficiary.</summary>
public sealed record EsifProject(string Key, string File, int Line)
{
    public required string Beneficiary { get; init; }
    public required string Title { get; init; }
    public string? Fund { get; init; }
    public string? Summary { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }

    /// <summary>The EU's share, in pounds.</summary>
    public decimal? EuInvestment { get; init; }

    /// <summary>The whole project's cost, in pounds.</summary>
    public decimal? ProjectCost { get; init; }

    public string? Postcode { get; init; }

    /// <summary>The file's own id (my_eu_id), when it gives one; <see cref="Key"/> is made from it, else from the title.</summary>
    public string? Reference { get; init; }
}
