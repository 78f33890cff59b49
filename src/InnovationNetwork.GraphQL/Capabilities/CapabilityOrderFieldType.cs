using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Capabilities;

public sealed class CapabilityOrderFieldType() : DescribedEnumType<CapabilityOrderField>("What capabilities can be sorted by.");
