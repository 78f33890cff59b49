using System.Buffers;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace InnovationNetwork.Api.GraphQLHttp;

/// <summary>
/// Reads one GraphQL request from a GET query string or a POST JSON body, checking every parameter's type
/// once, here at the edge; anything wrong comes back as a <see cref="GraphQLHttpProblem"/>, never an exception.
/// </summary>
internal sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, int maxRequestBytes)
{
    private const string Query = "query";
    private const string OperationName = "operationName";
    private const string Variables = "variables";
    private const string Extensions = "extensions";

    public Task<GraphQLRequestOrProblem> ReadAsync(HttpRequest request, CancellationToken cancellationToken) =>
        HttpMethods.IsGet(request.Method)
            ? Task.FromResult(ReadQueryString(request.Query) with { Text = request.QueryString.Value ?? "" })
            : ReadBodyAsync(request, cancellationToken);

    private GraphQLRequestOrProblem ReadQueryString(IQueryCollection parameters)
    {
        string? Single(string name, out GraphQLHttpProblem? problem)
        {
            var values = parameters[name];
            problem = values.Count > 1
                ? GraphQLHttpProblem.BadRequest("INVALID_PARAMETER", $"The '{name}' parameter is given {values.Count} times; give it once.")
                : null;
            return values.Count == 1 ? values[0] : null;
        }

        var query = Single(Query, out var problem) ?? string.Empty;
        var operationName = problem is null ? Single(OperationName, out problem) : null;
        var variables = problem is null ? Single(Variables, out problem) : null;
        var extensions = problem is null ? Single(Extensions, out problem) : null;
        if (problem is not null)
        {
            return problem;
        }

        return Build(query, string.IsNullOrEmpty(operationName) ? null : operationName,
            ParseMap(variables, Variables), ParseMap(extensions, Extensions));
    }

    private async Task<GraphQLRequestOrProblem> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!GraphQLMediaTypes.IsJsonRequest(request.ContentType))
        {
            var given = string.IsNullOrWhiteSpace(request.ContentType) ? "no Content-Type" : $"Content-Type '{request.ContentType}'";
            return new GraphQLHttpProblem(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE",
                $"A POST to /graphql needs Content-Type application/json (UTF-8), but it had {given}.");
        }

        if (request.ContentLength > maxRequestBytes)
        {
            return TooLarge();
        }

        byte[]? body;
        try
        {
            body = await ReadBoundedAsync(request.Body, cancellationToken);
        }
        catch (BadHttpRequestException e)
        {
            // The body ended before its Content-Length, or broke the server's own limits.
            return new GraphQLHttpProblem(e.StatusCode, "BODY_UNREADABLE", $"The request body could not be read: {e.Message}");
        }

        if (body is null)
        {
            return TooLarge();
        }

        if (body.Length == 0)
        {
            return GraphQLHttpProblem.BadRequest("BODY_MISSING", "The request has no body; send a JSON object such as {\"query\": \"{ __typename }\"}.");
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return ReadJsonBody(document.RootElement) with { Text = System.Text.Encoding.UTF8.GetString(body) };
        }
        catch (JsonException e)
        {
            return GraphQLHttpProblem.BadRequest("INVALID_JSON", $"The body is not valid JSON: {e.Message}");
        }
    }

    private GraphQLRequestOrProblem ReadJsonBody(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return GraphQLHttpProblem.BadRequest("BATCHING_NOT_SUPPORTED", "The body is a JSON array; send one request object at a time.");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return GraphQLHttpProblem.BadRequest("INVALID_REQUEST", $"The body is a JSON {Describe(root)}; send an object such as {{\"query\": \"{{ __typename }}\"}}.");
        }

        var query = root.TryGetProperty(Query, out var q) ? q : default;
        var operationName = root.TryGetProperty(OperationName, out var o) ? o : default;
        var variables = root.TryGetProperty(Variables, out var v) ? ReadMap(v, Variables) : null;
        var extensions = root.TryGetProperty(Extensions, out var x) ? ReadMap(x, Extensions) : null;

        if (query.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.String))
        {
            return GraphQLHttpProblem.BadRequest("INVALID_PARAMETER", $"'query' must be a string holding a GraphQL document, not a {Describe(query)}.");
        }

        if (operationName.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.String))
        {
            return GraphQLHttpProblem.BadRequest("INVALID_PARAMETER", $"'operationName' must be a string or null, not a {Describe(operationName)}.");
        }

        return Build(query.ValueKind == JsonValueKind.String ? query.GetString()! : string.Empty,
            operationName.ValueKind == JsonValueKind.String ? operationName.GetString() : null, variables, extensions);
    }

    private static GraphQLRequestOrProblem Build(string query, string? operationName, MapOrProblem? variables, MapOrProblem? extensions)
    {
        if ((variables?.Problem ?? extensions?.Problem) is { } problem)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(query))
        {
            return GraphQLHttpProblem.BadRequest("QUERY_MISSING",
                "The request has no 'query'; give a GraphQL document such as { __typename } in the 'query' parameter.");
        }

        return new GraphQLRequest
        {
            Query = query,
            OperationName = operationName,
            Variables = variables?.Map,
            Extensions = extensions?.Map,
        };
    }

    /// <summary>A map parameter (variables, extensions) from a query-string value holding JSON.</summary>
    private MapOrProblem? ParseMap(string? json, string name)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return ReadMap(document.RootElement, name);
        }
        catch (JsonException e)
        {
            return new MapOrProblem(null, GraphQLHttpProblem.BadRequest("INVALID_PARAMETER", $"'{name}' is not valid JSON: {e.Message}"));
        }
    }

    /// <summary>A map parameter (variables, extensions): a JSON object, or null for none.</summary>
    private MapOrProblem ReadMap(JsonElement element, string name)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return new MapOrProblem(null, null);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return new MapOrProblem(null, GraphQLHttpProblem.BadRequest("INVALID_PARAMETER",
                $"'{name}' must be a JSON object (or null), not a {Describe(element)}."));
        }

        try
        {
            return new MapOrProblem(serializer.ReadNode<Inputs>(element), null);
        }
        catch (Exception e) when (e is JsonException or FormatException or OverflowException or NotSupportedException)
        {
            return new MapOrProblem(null, GraphQLHttpProblem.BadRequest("INVALID_PARAMETER", $"'{name}' could not be read: {e.Message}"));
        }
    }

    /// <summary>The whole body, or null as soon as it passes the limit (so a huge body is never buffered).</summary>
    private async Task<byte[]?> ReadBoundedAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Min(maxRequestBytes + 1, 16 * 1024));
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var read = await body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxRequestBytes)
            {
                return null;
            }
        }
    }

    private GraphQLHttpProblem TooLarge() => new(StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE",
        $"The request body is larger than the {maxRequestBytes} bytes this service accepts (GraphQL:MaxRequestBytes); send a smaller query or fewer variables.");

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => "missing value",
    };

    private sealed record MapOrProblem(Inputs? Map, GraphQLHttpProblem? Problem);
}
