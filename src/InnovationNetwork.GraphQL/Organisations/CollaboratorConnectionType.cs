using GraphQL.Types;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.GraphQL.Projects;

namespace InnovationNetwork.GraphQL.Organisations;

public sealed class CollaboratorConnectionType : ObjectGraphType<Page<Collaboration>>
{
    public CollaboratorConnectionType()
    {
        Name = "CollaboratorConnection";
        Description = "Organisations that shared projects with this one, with the shared projects.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many collaborators in all.").Resolve(ctx => ctx.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CollaboratorEdgeType>>>>("edges").Description("The collaborators of this page.")
            .Resolve(ctx => ctx.Source.Items.Select((c, i) => (ctx.Source.CursorAt(i), c)).ToArray());
        Field<NonNullGraphType<Common.PageInfoType>>("pageInfo").Description("Where this page stands in the whole list.").Resolve(ctx => ctx.Source);
    }
}

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
