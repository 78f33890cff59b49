using GraphQL.Types;
using InnovationNetwork.GraphQL.Nodes;

namespace InnovationNetwork.GraphQL;

/// <summary>The root of all reads; each topic adds its own fields.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Everything that can be read: look-ups by id, lists with filters and orders, search and analytics.";
        this.AddNodeQueries();
    }
}
