using GraphQL.Types;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.GraphQL.Projects;

namespace InnovationNetwork.GraphQL.Organisations;

public sealed class CollaboratorEdgeType : ObjectGraphType<(string Cursor, Collaboration Collaboration)>
{
    public CollaboratorEdgeType()
    {
        Name = "CollaboratorEdge";
        Description = "A collaborator and what it shared.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` for the following collaborators.").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<OrganisationType>>("node").Description("The partner organisation.").Resolve(ctx => ctx.Source.Collaboration.Partner);
        Field<NonNullGraphType<IntGraphType>>("sharedProjectCount").Description("How many projects both took part in.").Resolve(ctx => ctx.Source.Collaboration.SharedProjectCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectType>>>>("sharedProjects").Description("The projects both took part in.").Resolve(ctx => ctx.Source.Collaboration.SharedProjects);
    }
}
