using GraphQL;
using InnovationNetwork.Api.GraphQLHttp;

namespace InnovationNetwork.Api.Auth;

/// <summary>Refusals before any GraphQL runs (401, 400, 429), written as GraphQL responses with one error, like the endpoint's own.</summary>
internal static class AccessProblem
{
    public static Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        var writer = new GraphQLResponseWriter(context.RequestServices.GetRequiredService<IGraphQLTextSerializer>());
        var mediaType = GraphQLMediaTypes.Negotiate(context.Request) ?? GraphQLMediaTypes.Json;
        return writer.WriteProblemAsync(context, new GraphQLHttpProblem(status, code, message), mediaType);
    }
}
