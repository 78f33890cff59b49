using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.Auth;

/// <summary>
/// CSRF protection. A browser sends a cross-site GET without asking first (no CORS preflight), so a GET that runs
/// an operation (it has a <c>query</c> parameter) must carry a header no plain link, image or form can add:
/// <see cref="LimitsOptions.PreflightHeader"/> (GraphQL-Require-Preflight) with any value. POST needs no header:
/// /graphql reads only application/json bodies, which a browser sends cross-site only after a preflight that CORS
/// answers; the simple types a form can send (text/plain, form-urlencoded, multipart) are refused with 415.
/// GraphiQL's page (a GET without a query) is left alone; GraphiQL itself POSTs JSON.
/// </summary>
internal sealed class PreflightMiddleware(RequestDelegate next, IOptions<LimitsOptions> limits)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var header = limits.Value.PreflightHeader;
        if (limits.Value.RequirePreflightForGet
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && request.Path.StartsWithSegments(GraphQLHttp.GraphQLEndpoint.Path)
            && request.Query.ContainsKey("query")
            && string.IsNullOrWhiteSpace(request.Headers[header]))
        {
            return AccessProblem.WriteAsync(context, StatusCodes.Status400BadRequest, "PREFLIGHT_REQUIRED",
                $"A GET to /graphql must carry the header '{header}: 1' (protection against cross-site requests); add it, or POST the request as JSON.");
        }

        return next(context);
    }
}
