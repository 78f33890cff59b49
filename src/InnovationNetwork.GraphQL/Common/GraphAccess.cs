using GraphQL;
using InnovationNetwork.Core.Graph;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationNetwork.GraphQL.Common;

public static class GraphAccess
{
    /// <summary>This instance's in-memory graph.</summary>
    public static InnovationGraph Graph(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<GraphService>().Graph;
}
