using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.People;

/// <summary>Which people match.</summary>
public sealed class PersonFilter : NodeFilter<PersonFilter, Person>
{
    public StringFilter? Name { get; set; }
    public StringFilter? JobTitle { get; set; }
    public RelationFilter<OrganisationFilter, Organisation>? Organisations { get; set; }
    public RelationFilter<SpecialismFilter, Specialism>? Specialisms { get; set; }

    protected override bool MatchesFields(InnovationGraph graph, Person p) =>
        (Name?.Matches(p.Name) ?? true)
        && (JobTitle?.Matches(p.JobTitle) ?? true)
        && (Organisations?.Matches(graph, graph.Targets(p.Id, RelationshipType.WORKS_AT)) ?? true)
        && (Specialisms?.Matches(graph, graph.Targets(p.Id, RelationshipType.SPECIALISES_IN)) ?? true);
}
