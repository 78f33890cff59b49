using GraphQL.Types;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.GraphQL.Common;

public sealed class DecimalFilterType() : RangeFilterType<DecimalFilter, decimal, DecimalGraphType>("DecimalFilter", "an amount");
