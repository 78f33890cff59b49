using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.GraphQL.Common;

public sealed class DateFilterType() : RangeFilterType<DateFilter, DateOnly, DateType>("DateFilter", "a date");
