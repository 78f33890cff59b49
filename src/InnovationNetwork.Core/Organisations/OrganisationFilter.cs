using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Organisations;

/// <summary>Which organisations a list holds.</summary>
public sealed class OrganisationFilter : NodeFilter<OrganisationFilter, Organisation>
{
    public StringFilter? Name { get; set; }
    public EnumFilter<OrganisationKind>? Kind { get; set; }
    public EnumFilter<OrganisationSize>? Size { get; set; }
    public PlaceFilter? Place { get; set; }
    public RelationFilter<SpecialismFilter, Specialism>? Specialisms { get; set; }
    public RelationFilter<ProjectFilter, Project>? Projects { get; set; }
    public IntFilter? ProjectCount { get; set; }
    public IntFilter? Employees { get; set; }

    protected override bool MatchesFields(InnovationGraph graph, Organisation o) =>
        (Name?.Matches(o.Name) ?? true)
        && (Kind?.Matches(o.Kind) ?? true)
        && (Size?.Matches(o.Size) ?? true)
        && (Place is null || Place.MatchesAny(graph, graph.Targets(o.Id, RelationshipType.LOCATED_IN)))
        && (Specialisms?.Matches(graph, graph.Targets(o.Id, RelationshipType.SPECIALISES_IN)) ?? true)
        && (Projects?.Matches(graph, graph.Targets(o.Id, RelationshipType.PARTICIPATES_IN)) ?? true)
        && (ProjectCount?.Matches(graph.Outgoing(o.Id, RelationshipType.PARTICIPATES_IN).Count) ?? true)
        && (Employees?.Matches(o.Employment?.Employees) ?? true);
}
