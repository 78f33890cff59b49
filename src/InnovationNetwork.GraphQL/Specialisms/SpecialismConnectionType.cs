using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Specialisms;

public sealed class SpecialismConnectionType() : ConnectionType<SpecialismType, Specialism>("Specialism");
