using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Capabilities;

public sealed class CapabilityOrderType() : OrderInputType<CapabilityOrder, CapabilityOrderFieldType>("capabilities");
