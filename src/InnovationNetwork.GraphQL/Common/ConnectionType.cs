using GraphQL.Types;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.GraphQL.Common;

/// <summary>A Relay cursor connection over a page of <typeparamref name="T"/>, named "{name}Connection".</summary>
public class ConnectionType<TNodeType, T> : ObjectGraphType<Page<T>>
    where TNodeType : IGraphType
{
    public ConnectionType(string name)
    {
        Name = name + "Connection";
        Description = $"A page of {name} results with cursors to move on, and how many there are in all.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many items match in all pages.").Resolve(ctx => ctx.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType, T>>>>>("edges")
            .Description("The items of this page, each with its cursor.")
            .Resolve(ctx => ctx.Source.Items.Select((item, i) => new Edge<T>(ctx.Source.CursorAt(i), item)).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The items of this page, without cursors.")
            .Resolve(ctx => ctx.Source.Items);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where this page stands in the whole list.").Resolve(ctx => ctx.Source);
    }
}

/// <summary>An item with its cursor.</summary>
public sealed record Edge<T>(string Cursor, T Node);

public sealed class EdgeType<TNodeType, T> : ObjectGraphType<Edge<T>>
    where TNodeType : IGraphType
{
    public EdgeType()
    {
        Name = typeof(T).Name + "Edge";
        Description = $"A {typeof(T).Name} with the cursor that points at it.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to get the items that follow this one.").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description("The item.").Resolve(ctx => ctx.Source.Node);
    }
}
