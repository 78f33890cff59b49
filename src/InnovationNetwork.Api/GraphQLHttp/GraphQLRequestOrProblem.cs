using GraphQL.Transport;

namespace InnovationNetwork.Api.GraphQLHttp;

/// <summary>What reading a request gave: a GraphQL request to run, or the problem to answer with.</summary>
internal sealed record GraphQLRequestOrProblem(GraphQLRequest? Request, GraphQLHttpProblem? Problem)
{
    /// <summary>The request as it came (the POST body, or the GET query string): what the response cache knows it by.</summary>
    public string Text { get; init; } = "";

    public static implicit operator GraphQLRequestOrProblem(GraphQLRequest request) => new(request, null);

    public static implicit operator GraphQLRequestOrProblem(GraphQLHttpProblem problem) => new(null, problem);
}
