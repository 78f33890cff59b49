using GraphQL;
using InnovationNetwork.Core.Access;

namespace InnovationNetwork.GraphQL.Common;

public static class ResolveContextExtensions
{
    /// <summary>The caller; anonymous when the request carried no user context.</summary>
    public static Viewer Viewer(this IResolveFieldContext context) =>
        (context.UserContext as GraphQLUserContext)?.Viewer ?? Core.Access.Viewer.Anonymous;
}
