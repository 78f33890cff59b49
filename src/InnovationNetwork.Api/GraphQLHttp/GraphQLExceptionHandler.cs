using GraphQL;
using Microsoft.AspNetCore.Diagnostics;

namespace InnovationNetwork.Api.GraphQLHttp;

/// <summary>The last resort of the pipeline; see <see cref="GraphQLEndpointExtensions.UseGraphQLExceptionHandler"/>.</summary>
internal static class GraphQLExceptionHandler
{
    public static Task HandleAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, code, message) = exception is BadHttpRequestException bad
            ? (bad.StatusCode, "BAD_REQUEST", "The request could not be read; check its headers and body.")
            : (StatusCodes.Status500InternalServerError, "INTERNAL_SERVER_ERROR",
                "Something went wrong on the server. It has been logged; please try again, and report it if it persists.");

        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return serializer.WriteAsync(context.Response.Body, GraphQLResponseWriter.ErrorResult(code, message), context.RequestAborted);
    }
}
