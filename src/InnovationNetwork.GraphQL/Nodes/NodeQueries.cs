using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Nodes;

public static class NodeQueries
{
    public static void AddNodeQueries(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Any node by its global id; null when there is none or it is private to others.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id, e.g. org-newcastle-university.")
            .Resolve(ctx => Visible(ctx, ctx.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Several nodes by global id, in the order asked; null for each id that is not found.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids, at most 100.")
            .Resolve(ctx =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                if (ids.Count > 100)
                {
                    throw new ExecutionError("Ask for at most 100 ids at a time.") { Code = "PAGE_TOO_LARGE" };
                }

                return ids.Select(id => Visible(ctx, id)).ToList();
            });
    }

    private static Node? Visible(IResolveFieldContext ctx, string id)
    {
        var graph = ctx.Graph();
        return graph.Find(id) is { } node && ctx.Viewer().CanSee(graph, node) ? node : null;
    }
}
