using GraphQL.Types;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Querying;

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
