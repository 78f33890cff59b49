namespace InnovationNetwork.Api.GraphQLHttp;

public static class GraphQLEndpointExtensions
{
    /// <summary>Maps /graphql for every method: the endpoint itself answers 405 to the ones it does not take, in GraphQL's shape.</summary>
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder app)
    {
        var responses = ActivatorUtilities.CreateInstance<GraphQLResponseCache>(app.ServiceProvider);
        var endpoint = ActivatorUtilities.CreateInstance<GraphQLEndpoint>(app.ServiceProvider, responses);
        return app.Map(GraphQLEndpoint.Path, endpoint.HandleAsync).WithDisplayName("GraphQL");
    }

    /// <summary>
    /// Turns an exception no one caught into a GraphQL-shaped error without details (the log has them): 500 for
    /// a bug, or the status of a request Kestrel could not read. Stack traces never reach a client.
    /// </summary>
    public static IApplicationBuilder UseGraphQLExceptionHandler(this IApplicationBuilder app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = GraphQLExceptionHandler.HandleAsync });
}
