using GraphQL.Types;
using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Specialisms;

namespace InnovationNetwork.GraphQL.Capabilities;

public static class CapabilityQueries
{
    public static void AddCapabilityQueries(this ObjectGraphType query) =>
        query.AddLookupAndList<Capability, CapabilityFilter, CapabilityOrder, CapabilityType, CapabilityFilterType, CapabilityOrderType, CapabilityConnectionType>(
            "capability", "capabilities", new CapabilityOrder(CapabilityOrderField.NAME));
}
