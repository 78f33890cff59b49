using GraphQL.Types;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.GraphQL.Common;

/// <summary>Relay's PageInfo, read from any page.</summary>
public sealed class PageInfoType : ObjectGraphType<IPage>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Whether there are more items before or after this page, and the cursors at its ends.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("True when items follow this page.").Resolve(ctx => ctx.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("True when items come before this page.").Resolve(ctx => ctx.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("The cursor of the first item of the page.").Resolve(ctx => ctx.Source.Count == 0 ? null : ctx.Source.CursorAt(0));
        Field<StringGraphType>("endCursor").Description("The cursor of the last item; pass it as `after` for the next page.").Resolve(ctx => ctx.Source.Count == 0 ? null : ctx.Source.CursorAt(ctx.Source.Count - 1));
    }
}
