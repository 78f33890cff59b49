using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Capabilities;

public sealed class CapabilityConnectionType() : ConnectionType<CapabilityType, Capability>("Capability");
