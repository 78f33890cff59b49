using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.Core.Specialisms;

public enum SpecialismOrderField
{
    NAME,
    ORGANISATION_COUNT,
}

public sealed record SpecialismOrder(SpecialismOrderField Field, SortDirection Direction = SortDirection.ASC) : INodeOrder<Specialism>
{
    public (Func<Specialism, IComparable?>, SortDirection) Key(InnovationGraph graph, Viewer viewer) => (Field switch
    {
        SpecialismOrderField.NAME => s => s.Name,
        SpecialismOrderField.ORGANISATION_COUNT => s => graph.Incoming(s.Id, RelationshipType.SPECIALISES_IN).Count(r => graph.Find(r.From) is { } n && viewer.CanSee(graph, n)),
        _ => throw new ArgumentOutOfRangeException(nameof(Field)),
    }, Direction);
}
