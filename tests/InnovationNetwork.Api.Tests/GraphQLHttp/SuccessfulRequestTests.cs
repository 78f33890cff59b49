using System.Net;
using InnovationNetwork.Api.Tests.Infrastructure;
using static InnovationNetwork.Api.Tests.Infrastructure.GraphQLHttpClientExtensions;

namespace InnovationNetwork.Api.Tests.GraphQLHttp;

public sealed class SuccessfulRequestTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Northumberland = """{ node(id: "place-E06000057") { id } }""";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task APostedQueryReturnsTheSeededPlace()
    {
        var response = await _client.PostGraphQLAsync(Body(Northumberland));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.ReadJsonAsync();
        Assert.Equal("place-E06000057", json.GetProperty("data").GetProperty("node").GetProperty("id").GetString());
        Assert.False(json.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task AQueryOverGetReturnsTheSeededPlace()
    {
        var response = await _client.GetGraphQLAsync(Northumberland);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.ReadJsonAsync();
        Assert.Equal("place-E06000057", json.GetProperty("data").GetProperty("node").GetProperty("id").GetString());
    }

    [Fact]
    public async Task TypenameIsAnsweredOverPostAndGet()
    {
        var posted = await (await _client.PostGraphQLAsync(Body("{ __typename }"))).ReadJsonAsync();
        var got = await (await _client.GetGraphQLAsync("{ __typename }")).ReadJsonAsync();

        Assert.Equal("Query", posted.GetProperty("data").GetProperty("__typename").GetString());
        Assert.Equal("Query", got.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task VariablesOperationNameAndExtensionsAreUsedOverPost()
    {
        var body = """
            {"query": "query A { __typename } query Place($id: ID!) { node(id: $id) { id } }",
             "operationName": "Place", "variables": {"id": "place-E06000057"}, "extensions": {"some": "value"}}
            """;

        var json = await (await _client.PostGraphQLAsync(body)).ReadJsonAsync();

        Assert.Equal("place-E06000057", json.GetProperty("data").GetProperty("node").GetProperty("id").GetString());
    }

    [Fact]
    public async Task VariablesAndOperationNameAreUsedOverGet()
    {
        var response = await _client.GetGraphQLAsync("query A { __typename } query Place($id: ID!) { node(id: $id) { id } }",
            variables: """{"id": "place-E06000057"}""", operationName: "Place");

        var json = await response.ReadJsonAsync();
        Assert.Equal("place-E06000057", json.GetProperty("data").GetProperty("node").GetProperty("id").GetString());
    }

    [Fact]
    public async Task NullVariablesOperationNameAndExtensionsAreAccepted()
    {
        var response = await _client.PostGraphQLAsync("""{"query": "{ __typename }", "operationName": null, "variables": null, "extensions": null}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await response.ReadJsonAsync()).TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task AnUnknownIdGivesNullDataWithoutErrors()
    {
        var json = await (await _client.PostGraphQLAsync(Body("""{ node(id: "no-such-node") { id } }"""))).ReadJsonAsync();

        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("data").GetProperty("node").ValueKind);
    }
}
