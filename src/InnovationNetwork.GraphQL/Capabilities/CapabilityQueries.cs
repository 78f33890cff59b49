using GraphQL.Types;
using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Capabilities;

public static class CapabilityQueries
{
    public static void AddCapabilityQueries(this ObjectGraphType query) =>
        query.AddLookupAndList<Capability, CapabilityFilter, CapabilityOrder, CapabilityType, CapabilityFilterType, CapabilityOrderType, CapabilityConnectionType>(
            "capability", "capabilities", new CapabilityOrder(CapabilityOrderField.NAME));
}
