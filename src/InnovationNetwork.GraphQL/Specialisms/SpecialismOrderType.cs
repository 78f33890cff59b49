using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Specialisms;

public sealed class SpecialismOrderType() : OrderInputType<SpecialismOrder, SpecialismOrderFieldType>("specialisms");
