using GraphQL;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.GraphQL.Common;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationNetwork.GraphQL.Search;

internal static class SearchAccess
{
    /// <summary>The full-text index (registered by AddInnovationNetworkSearch).</summary>
    public static ISearchIndex SearchIndex(this IResolveFieldContext ctx) =>
        ctx.RequestServices!.GetService<ISearchIndex>()
        ?? throw new InvalidOperationException("No ISearchIndex is registered: call services.AddInnovationNetworkSearch(configuration) in the host.");

    /// <summary>first/after as an offset and a limit, checked like every connection's.</summary>
    public static (int Offset, int Limit) OffsetAndLimit(this IResolveFieldContext ctx)
    {
        var request = ctx.PageRequest();
        var offset = request.After is not null && Cursor.TryDecode(request.After, out var after) ? after + 1 : 0;
        return (offset, request.First ?? ctx.Limits().DefaultPageSize);
    }
}
