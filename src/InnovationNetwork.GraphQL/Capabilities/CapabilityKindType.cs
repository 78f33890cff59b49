using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Capabilities;

public sealed class CapabilityKindType() : DescribedEnumType<CapabilityKind>("EXPERTISE (know-how), FACILITY (equipment, test sites, labs), SERVICE or PRODUCT.");
