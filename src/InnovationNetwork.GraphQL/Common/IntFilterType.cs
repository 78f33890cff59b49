using GraphQL.Types;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.GraphQL.Common;

public sealed class IntFilterType() : RangeFilterType<IntFilter, int, IntGraphType>("IntFilter", "a whole number");
