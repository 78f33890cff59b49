using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Specialisms;

namespace InnovationNetwork.GraphQL.Capabilities;

public sealed class CapabilityConnectionType() : ConnectionType<CapabilityType, Capability>("Capability");
