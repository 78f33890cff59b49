using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.GraphQL.Common;

/// <summary>
/// The look-up and list fields every topic offers: <c>{single}(id)</c> and
/// <c>{plural}(where, orderBy, first, after, last, before)</c>, written once.
/// </summary>
public static class ListQueries
{
    public static void AddLookupAndList<T, TFilter, TOrder, TType, TFilterType, TOrderType, TConnection>(
        this ObjectGraphType query,
        string single,
        string plural,
        params TOrder[] defaultOrder)
        where T : Node
        where TOrder : INodeOrder<T>
        where TFilter : NodeFilter<TFilter, T>
        where TType : IGraphType
        where TFilterType : IGraphType
        where TOrderType : IGraphType
        where TConnection : IGraphType
    {
        var label = typeof(T).Name.ToLowerInvariant();
        query.Field<TType>(single)
            .Description($"One {label} by its global id; null when there is none or it is private to others.")
            .Argument<NonNullGraphType<IdGraphType>>("id", $"The {label}'s global id.")
            .Resolve(ctx =>
            {
                var graph = ctx.Graph();
                return graph.Find<T>(ctx.GetArgument<string>("id")) is { } node && ctx.Viewer().CanSee(graph, node) ? node : null;
            });

        query.Connection<object?, TConnection, T>(plural, $"{typeof(T).Name} records, filtered by `where` and ordered by `orderBy` (then by id).", ctx =>
            {
                var graph = ctx.Graph();
                var filter = ctx.GetArgument<TFilter?>("where");
                FilterIds.CheckKnown(graph, filter);
                var orders = ctx.GetArgument<List<TOrder>?>("orderBy") ?? [.. defaultOrder];
                var viewer = ctx.Viewer();
                return NodeQuery.List(graph, viewer, filter, orders.Select(o => o.Key(graph, viewer)).ToArray(), ctx.ItemsBeforePageEnd());
            })
            .Argument<TFilterType>("where", "Which records to keep.")
            .Argument<ListGraphType<NonNullGraphType<TOrderType>>>("orderBy", "Sort keys, most significant first.");
    }
}
