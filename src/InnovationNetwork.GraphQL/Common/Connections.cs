using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using InnovationNetwork.Core.Querying;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.GraphQL.Common;

/// <summary>Adds Relay connection fields: first/after/last/before checked once here, then sliced.</summary>
public static class Connections
{
    public static FieldBuilder<TSource, object> Connection<TSource, TConnection, T>(
        this ObjectGraphType<TSource> type,
        string name,
        string description,
        Func<IResolveFieldContext<TSource>, IReadOnlyList<T>> all)
        where TConnection : IGraphType
    {
        return type.Field<NonNullGraphType<TConnection>>(name)
            .Description(description)
            .Argument<IntGraphType>("first", "How many items from the start (or after `after`); at most the configured maximum page size.")
            .Argument<StringGraphType>("after", "A cursor: return the items after it.")
            .Argument<IntGraphType>("last", "How many items from the end (or before `before`).")
            .Argument<StringGraphType>("before", "A cursor: return the items before it.")
            .Resolve(ctx => Page(ctx, all(ctx)));
    }

    /// <summary>Reads and checks the page arguments; a bad one is a clear GraphQL error.</summary>
    public static PageRequest PageRequest(this IResolveFieldContext ctx)
    {
        var request = new PageRequest(
            ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after"),
            ctx.GetArgument<int?>("last"), ctx.GetArgument<string?>("before"));
        if (Paging.Check(request, ctx.Limits().MaxPageSize) is { } problem)
        {
            throw new ExecutionError(problem) { Code = "INVALID_PAGE" };
        }

        return request;
    }

    /// <summary>
    /// How many items from the start of the list the requested page reaches (after + first), so a list need
    /// only order those; null when the page counts from the end (last, before) and the whole order matters.
    /// </summary>
    public static int? ItemsBeforePageEnd(this IResolveFieldContext ctx)
    {
        var request = ctx.PageRequest();
        if (request.Last is not null || request.Before is not null)
        {
            return null;
        }

        var start = request.After is not null && Cursor.TryDecode(request.After, out var after) ? after + 1 : 0;
        return (int)Math.Min(int.MaxValue, (long)start + (request.First ?? ctx.Limits().DefaultPageSize));
    }

    public static Page<T> Page<T>(IResolveFieldContext ctx, IReadOnlyList<T> all) =>
        Paging.Slice(all, ctx.PageRequest(), ctx.Limits().DefaultPageSize);

    public static GraphQLLimitsOptions Limits(this IResolveFieldContext ctx) =>
        ctx.RequestServices!.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value;
}
