using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.Core.Projects;

public enum ProjectOrderField
{
    TITLE,
    START_DATE,
    END_DATE,
    FUNDING,
    TOTAL_COST,
    PARTICIPANT_COUNT,
}

public sealed record ProjectOrder(ProjectOrderField Field, SortDirection Direction = SortDirection.ASC) : INodeOrder<Project>
{
    public (Func<Project, IComparable?>, SortDirection) Key(InnovationGraph graph, Viewer viewer) => (Field switch
    {
        ProjectOrderField.TITLE => p => p.Title,
        ProjectOrderField.START_DATE => p => p.StartDate,
        ProjectOrderField.END_DATE => p => p.EndDate,
        ProjectOrderField.FUNDING => p => p.Funding?.Amount,
        ProjectOrderField.TOTAL_COST => p => p.TotalCost?.Amount,
        ProjectOrderField.PARTICIPANT_COUNT => p => graph.Incoming(p.Id, RelationshipType.PARTICIPATES_IN).Count,
        _ => throw new ArgumentOutOfRangeException(nameof(Field)),
    }, Direction);
}
