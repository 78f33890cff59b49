using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.Core.People;

public enum PersonOrderField
{
    NAME,
    PROJECT_COUNT,
}

public sealed record PersonOrder(PersonOrderField Field, SortDirection Direction = SortDirection.ASC) : INodeOrder<Person>
{
    public (Func<Person, IComparable?>, SortDirection) Key(InnovationGraph graph, Viewer viewer) => (Field switch
    {
        PersonOrderField.NAME => p => p.Name,
        PersonOrderField.PROJECT_COUNT => p => graph.Outgoing(p.Id, RelationshipType.PARTICIPATES_IN).Count,
        _ => throw new ArgumentOutOfRangeException(nameof(Field)),
    }, Direction);
}
