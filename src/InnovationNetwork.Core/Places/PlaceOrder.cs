using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.Core.Places;

public enum PlaceOrderField
{
    NAME,
    LEVEL,
    ONS_CODE,
}

public sealed record PlaceOrder(PlaceOrderField Field, SortDirection Direction = SortDirection.ASC) : INodeOrder<Place>
{
    public (Func<Place, IComparable?>, SortDirection) Key(InnovationGraph graph, Viewer viewer) => (Field switch
    {
        PlaceOrderField.NAME => p => p.Name,
        PlaceOrderField.LEVEL => p => (int)p.Level,
        PlaceOrderField.ONS_CODE => p => p.OnsCode,
        _ => throw new ArgumentOutOfRangeException(nameof(Field)),
    }, Direction);
}
