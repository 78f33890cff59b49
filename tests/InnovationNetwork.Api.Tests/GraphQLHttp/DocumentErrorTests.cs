using System.Net;
using InnovationNetwork.Api.Tests.Infrastructure;
using static InnovationNetwork.Api.Tests.Infrastructure.GraphQLHttpClientExtensions;

namespace InnovationNetwork.Api.Tests.GraphQLHttp;

/// <summary>
/// Well-formed requests whose document cannot run: 400 with application/graphql-response+json and no data
/// entry; 200 with application/json, as the spec's legacy rules say.
/// </summary>
public sealed class DocumentErrorTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string, string?> Documents => new()
    {
        { "{", null },                                                       // invalid syntax
        { "{ thereIsNoSuchField }", null },                                  // unknown field
        { "{ node(id: 42.5) { id } }", null },                               // wrong argument type
        { "{ node { id } }", null },                                         // missing required argument
        { "query Q($id: ID!) { node(id: $id) { id } }", """{"id": null}""" }, // variable that does not coerce
        { "query Q($id: ID!) { node(id: $id) { id } }", """{"id": {"a": 1}}""" },
        { "query A { __typename } query B { __typename }", null },           // several operations, none named
    };

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task AnInvalidDocumentGets400WithoutData(string query, string? variables)
    {
        var response = await _client.PostGraphQLAsync(BodyWith(query, variables), GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await response.ReadJsonAsync();
        Assert.False(json.TryGetProperty("data", out _));
        Assert.True(json.GetProperty("errors").GetArrayLength() > 0);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task AnInvalidDocumentGets200WithErrorsForALegacyJsonClient(string query, string? variables)
    {
        var response = await _client.PostGraphQLAsync(BodyWith(query, variables), Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Json, response.Content.Headers.ContentType?.MediaType);
        await response.FirstErrorAsync();
    }

    [Fact]
    public async Task ADocumentNestedPastTheParsersLimitGets400SayingSo()
    {
        var response = await _client.PostGraphQLAsync(Body("{ " + string.Concat(Enumerable.Repeat("a { ", 2000)) + new string('}', 2001)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("deeper than the parser allows", await response.FirstErrorAsync());
    }

    [Fact]
    public async Task AnUnknownFieldIsNamedInTheError()
    {
        var response = await _client.PostGraphQLAsync(Body("{ thereIsNoSuchField }"));

        Assert.Contains("thereIsNoSuchField", await response.FirstErrorAsync());
    }

    [Fact]
    public async Task AnInvalidDocumentOverGetGets400()
    {
        var response = await _client.GetGraphQLAsync("{ thereIsNoSuchField }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AMutationOverGetGets405AllowingPostBeforeTheDocumentIsValidated()
    {
        // Whether or not the schema has a Mutation type yet, the method is refused first.
        var response = await _client.GetGraphQLAsync("mutation { __typename }");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Contains("POST", await response.FirstErrorAsync());
    }

    [Fact]
    public async Task TheNamedMutationOfADocumentOverGetGets405()
    {
        var response = await _client.GetGraphQLAsync("query Q { __typename } mutation M { __typename }", operationName: "M");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task TheNamedQueryOfADocumentWithAMutationRunsOverGet()
    {
        var response = await _client.GetGraphQLAsync("query Q { __typename } mutation M { __typename }", operationName: "Q");

        // The mutation is not run; whether the document validates depends on the schema having a Mutation type.
        Assert.NotEqual(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task AnOperationTypeTheSchemaLacksGets400()
    {
        var response = await _client.PostGraphQLAsync(Body("subscription { __typename }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no subscription operations", await response.FirstErrorAsync());
    }

    private static string BodyWith(string query, string? variables) =>
        variables is null ? Body(query) : $$"""{"query": {{System.Text.Json.JsonSerializer.Serialize(query)}}, "variables": {{variables}}}""";
}
