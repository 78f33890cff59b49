using GraphQL.Types;

namespace InnovationNetwork.GraphQL;

/// <summary>The InnovationNetwork schema: reads of the graph, search and matching, and mutations.</summary>
public sealed class InnovationSchema : Schema
{
    public InnovationSchema(IServiceProvider services, QueryType query) : base(services)
    {
        Query = query;
        Mutation = services.GetService(typeof(MutationType)) as MutationType;
        Description = "The North East of England's innovation network: organisations, people, specialisms, capabilities, challenges, projects and places.";
    }
}
