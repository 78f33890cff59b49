using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.GraphQL.Common;

public sealed class SortDirectionType() : DescribedEnumType<SortDirection>("ASC: smallest, earliest or A first; DESC: the reverse. Missing values come last either way.");
