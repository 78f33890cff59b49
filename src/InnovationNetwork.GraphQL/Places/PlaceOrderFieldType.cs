using InnovationNetwork.Core.Places;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Places;

public sealed class PlaceOrderFieldType() : DescribedEnumType<PlaceOrderField>("What places can be sorted by.");
