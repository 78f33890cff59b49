using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Challenges;

/// <summary>Which challenges match.</summary>
public sealed class ChallengeFilter : NodeFilter<ChallengeFilter, Challenge>
{
    public StringFilter? Title { get; set; }
    public EnumFilter<ChallengeStatus>? Status { get; set; }
    public IntFilter? TrlSought { get; set; }
    public DateFilter? Deadline { get; set; }
    public DecimalFilter? Budget { get; set; }
    public RelationFilter<SpecialismFilter, Specialism>? Specialisms { get; set; }

    protected override bool MatchesFields(InnovationGraph graph, Challenge c) =>
        (Title?.Matches(c.Title) ?? true)
        && (Status?.Matches(c.Status) ?? true)
        && (TrlSought?.Matches(c.TrlSought) ?? true)
        && (Deadline?.Matches(c.Deadline) ?? true)
        && (Budget?.Matches(c.Budget?.Amount) ?? true)
        && (Specialisms?.Matches(graph, graph.Targets(c.Id, RelationshipType.APPLIES_TO)) ?? true);
}
