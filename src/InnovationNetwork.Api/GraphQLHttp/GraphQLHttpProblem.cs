namespace InnovationNetwork.Api.GraphQLHttp;

/// <summary>
/// Why a request was refused before any GraphQL ran: the HTTP status, a stable code and a sentence the
/// caller can act on. Written as a GraphQL response with one error and no data.
/// </summary>
internal sealed record GraphQLHttpProblem(int StatusCode, string Code, string Message)
{
    /// <summary>The methods to name in an Allow header, for a 405.</summary>
    public string? Allow { get; init; }

    public static GraphQLHttpProblem BadRequest(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);
}
