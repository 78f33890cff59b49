using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.Core.Capabilities;

public enum CapabilityOrderField
{
    NAME,
    KIND,
    TRL_MIN,
    TRL_MAX,
}

public sealed record CapabilityOrder(CapabilityOrderField Field, SortDirection Direction = SortDirection.ASC) : INodeOrder<Capability>
{
    public (Func<Capability, IComparable?>, SortDirection) Key(InnovationGraph graph, Viewer viewer) => (Field switch
    {
        CapabilityOrderField.NAME => c => c.Name,
        CapabilityOrderField.KIND => c => c.Kind.ToString(),
        CapabilityOrderField.TRL_MIN => c => c.TrlMin,
        CapabilityOrderField.TRL_MAX => c => c.TrlMax,
        _ => throw new ArgumentOutOfRangeException(nameof(Field)),
    }, Direction);
}
