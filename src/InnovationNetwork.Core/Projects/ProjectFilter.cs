using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Projects;

/// <summary>Which projects match.</summary>
public sealed class ProjectFilter : NodeFilter<ProjectFilter, Project>
{
    public StringFilter? Title { get; set; }
    public StringFilter? Acronym { get; set; }
    public StringFilter? Programme { get; set; }
    public DateFilter? StartDate { get; set; }
    public DateFilter? EndDate { get; set; }
    public DecimalFilter? Funding { get; set; }
    public IntFilter? ParticipantCount { get; set; }
    public RelationFilter<SpecialismFilter, Specialism>? Specialisms { get; set; }
    public RelationFilter<OrganisationFilter, Organisation>? Participants { get; set; }

    protected override bool MatchesFields(InnovationGraph graph, Project p) =>
        (Title?.Matches(p.Title) ?? true)
        && (Acronym?.Matches(p.Acronym) ?? true)
        && (Programme?.Matches(p.Programme) ?? true)
        && (StartDate?.Matches(p.StartDate) ?? true)
        && (EndDate?.Matches(p.EndDate) ?? true)
        && (Funding?.Matches(p.Funding?.Amount) ?? true)
        && (ParticipantCount?.Matches(graph.Incoming(p.Id, RelationshipType.PARTICIPATES_IN).Count) ?? true)
        && (Specialisms?.Matches(graph, graph.Targets(p.Id, RelationshipType.APPLIES_TO)) ?? true)
        && (Participants?.Matches(graph, graph.Sources(p.Id, RelationshipType.PARTICIPATES_IN)) ?? true);
}
