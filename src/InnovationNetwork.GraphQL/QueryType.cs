using GraphQL.Types;
using InnovationNetwork.GraphQL.Capabilities;
using InnovationNetwork.GraphQL.Challenges;
using InnovationNetwork.GraphQL.Nodes;
using InnovationNetwork.GraphQL.Organisations;
using InnovationNetwork.GraphQL.People;
using InnovationNetwork.GraphQL.Places;
using InnovationNetwork.GraphQL.Projects;
using InnovationNetwork.GraphQL.Specialisms;

namespace InnovationNetwork.GraphQL;

/// <summary>The root of all reads; each topic adds its own fields.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Everything that can be read: look-ups by id, lists with filters and orders, search and analytics.";
        this.AddNodeQueries();
        this.AddOrganisationQueries();
        this.AddPersonQueries();
        this.AddSpecialismQueries();
        this.AddCapabilityQueries();
        this.AddChallengeQueries();
        this.AddProjectQueries();
        this.AddPlaceQueries();
        this.AddClusterQueries();
        this.AddSearchQueries();
    }
}
