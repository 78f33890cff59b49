using Microsoft.Net.Http.Headers;

namespace InnovationNetwork.Api.GraphQLHttp;

/// <summary>The two response media types of GraphQL over HTTP, and the choice between them by the Accept header.</summary>
internal static class GraphQLMediaTypes
{
    /// <summary>The spec's own type: status codes tell request errors from results.</summary>
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>The legacy type: every well-formed request gets 200, whatever its errors.</summary>
    public const string Json = "application/json";

    /// <summary>
    /// The response type the client accepts, or null when it accepts neither (406). With no Accept header, or
    /// only wildcards, the answer is application/graphql-response+json, as the spec says for requests made
    /// after its 2025 watershed. Higher quality wins; at equal quality a named type beats a wildcard and
    /// application/graphql-response+json beats application/json.
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.All(string.IsNullOrWhiteSpace))
        {
            return GraphQLResponse;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var offered))
        {
            return null;
        }

        string? best = null;
        (double Quality, int Rank) bestScore = (0, 0);
        foreach (var type in offered)
        {
            var quality = type.Quality ?? 1.0;
            var candidate = Match(type);
            if (candidate is null || quality <= 0)
            {
                continue;
            }

            var score = (quality, candidate.Value.Rank);
            if (best is null || score.CompareTo(bestScore) > 0)
            {
                (best, bestScore) = (candidate.Value.MediaType, score);
            }
        }

        return best;
    }

    /// <summary>Whether the value is application/json with no charset, or charset utf-8 (the only one the spec allows).</summary>
    public static bool IsJsonRequest(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && (type.Charset.Length == 0 || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || type.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));

    private static (string MediaType, int Rank)? Match(MediaTypeHeaderValue type) =>
        type.MediaType.Value?.ToLowerInvariant() switch
        {
            GraphQLResponse => (GraphQLResponse, 3),
            Json => (Json, 2),
            "*/*" or "application/*" => (GraphQLResponse, 1),
            _ => null,
        };
}
