using GraphQL.Types;
using InnovationNetwork.Core.Clusters;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Clusters;

public sealed class ClusterOrderType : InputObjectGraphType<ClusterOrder>
{
    public ClusterOrderType()
    {
        Name = "ClusterOrder";
        Description = "One sort key for the map of clusters.";
        Field<NonNullGraphType<ClusterOrderFieldType>>("field").Description("What to rank by.");
        Field<SortDirectionType>("direction").Description("DESC (default: largest first) or ASC. Null measures come last either way.").DefaultValue(SortDirection.DESC);
    }
}

public sealed class ClusterOrderFieldType : EnumerationGraphType<ClusterOrderField>
{
    public ClusterOrderFieldType()
    {
        Name = "ClusterOrderField";
        Description = "A measure of ClusterStrength to rank by; each is described on the field of the same meaning.";
    }
}
