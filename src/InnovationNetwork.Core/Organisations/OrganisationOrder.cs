using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.Core.Organisations;

public enum OrganisationOrderField
{
    NAME,
    KIND,
    PROJECT_COUNT,
    COLLABORATOR_COUNT,
    SPECIALISM_COUNT,
    EMPLOYEES,
}

/// <summary>One key of an organisation list's order.</summary>
public sealed record OrganisationOrder(OrganisationOrderField Field, SortDirection Direction = SortDirection.ASC) : INodeOrder<Organisation>
{
    public (Func<Organisation, IComparable?>, SortDirection) Key(InnovationGraph graph, Viewer viewer) => (Field switch
    {
        OrganisationOrderField.NAME => o => o.Name,
        OrganisationOrderField.KIND => o => o.Kind.ToString(),
        OrganisationOrderField.PROJECT_COUNT => o => graph.Outgoing(o.Id, RelationshipType.PARTICIPATES_IN).Count,
        OrganisationOrderField.COLLABORATOR_COUNT => o => Collaborations.Count(graph, viewer, o.Id),
        OrganisationOrderField.SPECIALISM_COUNT => o => graph.Outgoing(o.Id, RelationshipType.SPECIALISES_IN).Count,
        OrganisationOrderField.EMPLOYEES => o => o.Employment?.Employees,
        _ => throw new ArgumentOutOfRangeException(nameof(Field)),
    }, Direction);
}
