using GraphQL;
using GraphQL.Execution;
using Microsoft.Net.Http.Headers;

namespace InnovationNetwork.Api.GraphQLHttp;

/// <summary>
/// Writes GraphQL responses with the status codes of the GraphQL-over-HTTP spec: with
/// application/graphql-response+json a request that never ran (bad document, failed validation, variables
/// that do not fit) is a 400; with application/json (the legacy type) it is a 200 with errors.
/// </summary>
internal sealed class GraphQLResponseWriter(IGraphQLTextSerializer serializer)
{
    public Task WriteResultAsync(HttpContext context, ExecutionResult result, string mediaType) =>
        WriteAsync(context, StatusFor(result, mediaType), mediaType, result);

    /// <summary>A refused request: its status and one error, in the negotiated type (application/json when there is none).</summary>
    public Task WriteProblemAsync(HttpContext context, GraphQLHttpProblem problem, string? mediaType)
    {
        if (problem.Allow is not null)
        {
            context.Response.Headers.Allow = problem.Allow;
        }

        return WriteAsync(context, problem.StatusCode, mediaType ?? GraphQLMediaTypes.Json, ErrorResult(problem.Code, problem.Message));
    }

    public static ExecutionResult ErrorResult(string code, string message) => new(new ExecutionError(message) { Code = code });

    /// <summary>A successful result as bytes, to write now and again from the response cache.</summary>
    public async Task<byte[]> SerializeAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>A successful result serialized before (<see cref="SerializeAsync"/>).</summary>
    public async Task WriteSerializedAsync(HttpContext context, byte[] body, string mediaType)
    {
        StartResponse(context, StatusCodes.Status200OK, mediaType);
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private async Task WriteAsync(HttpContext context, int statusCode, string mediaType, ExecutionResult result)
    {
        StartResponse(context, statusCode, mediaType);
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    private static void StartResponse(HttpContext context, int statusCode, string mediaType)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = mediaType + "; charset=utf-8";
        // The same URL answers JSON of two types, or GraphiQL's page, by the Accept header.
        response.Headers.Vary = HeaderNames.Accept;
        response.Headers.CacheControl = "no-store";
    }

    private static int StatusFor(ExecutionResult result, string mediaType)
    {
        if (result.Executed)
        {
            // Data (possibly partial) with field errors: a result, not a failed request.
            return StatusCodes.Status200OK;
        }

        if (result.Errors?.Any(e => e is UnhandledError) == true)
        {
            // A bug on our side, before execution began; the error says nothing more and the log has the details.
            return StatusCodes.Status500InternalServerError;
        }

        if (mediaType == GraphQLMediaTypes.Json)
        {
            return StatusCodes.Status200OK;
        }

        // No data entry: the spec wants 4xx or 5xx. A timeout is the service giving up, not a malformed request.
        return result.Errors?.Any(e => e is TimeoutError) == true
            ? StatusCodes.Status504GatewayTimeout
            : StatusCodes.Status400BadRequest;
    }
}
