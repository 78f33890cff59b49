using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Projects;

/// <summary>A collaborative project; organisations and people take part through PARTICIPATES_IN.</summary>
public sealed record Project : Node
{
    public required string Title { get; init; }
    public string? Acronym { get; init; }
    public string? Abstract { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }

    /// <summary>The whole project's cost.</summary>
    public Money? TotalCost { get; init; }

    /// <summary>Public funding granted (for CORDIS, the EC maximum contribution).</summary>
    public Money? Funding { get; init; }

    /// <summary>Funding programme, e.g. "H2020" or "ERDF 2014-2020", and its part if known.</summary>
    public string? Programme { get; init; }

    public IReadOnlyList<string> Keywords { get; init; } = [];

    public override NodeLabel Label => NodeLabel.Project;
    public override string DisplayName => Acronym is null ? Title : $"{Acronym}: {Title}";
}
