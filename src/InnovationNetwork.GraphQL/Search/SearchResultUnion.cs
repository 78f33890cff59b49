using GraphQL.Types;
using InnovationNetwork.GraphQL.Capabilities;
using InnovationNetwork.GraphQL.Challenges;
using InnovationNetwork.GraphQL.Organisations;
using InnovationNetwork.GraphQL.People;
using InnovationNetwork.GraphQL.Projects;

namespace InnovationNetwork.GraphQL.Search;

public sealed class SearchResultUnion : UnionGraphType
{
    public SearchResultUnion()
    {
        Name = "SearchResult";
        Description = "A record search found: an organisation, person, capability, project or challenge.";
        Type<OrganisationType>();
        Type<PersonType>();
        Type<CapabilityType>();
        Type<ProjectType>();
        Type<ChallengeType>();
    }
}
