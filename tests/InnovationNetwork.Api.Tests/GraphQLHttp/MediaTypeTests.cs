using System.Net;
using InnovationNetwork.Api.Tests.Infrastructure;
using static InnovationNetwork.Api.Tests.Infrastructure.GraphQLHttpClientExtensions;

namespace InnovationNetwork.Api.Tests.GraphQLHttp;

public sealed class MediaTypeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData(null, GraphQLResponse)]
    [InlineData("*/*", GraphQLResponse)]
    [InlineData("application/*", GraphQLResponse)]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData(Json, Json)]
    [InlineData("application/json, */*;q=0.5", Json)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponse)]
    [InlineData("text/html;q=0.9, application/json", Json)]
    public async Task TheResponseTypeFollowsTheAcceptHeader(string? accept, string expected)
    {
        var response = await _client.PostGraphQLAsync(Body("{ __typename }"), accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/json;q=0")]
    public async Task AnAcceptHeaderThatAllowsNeitherJsonTypeGets406(string accept)
    {
        var response = await _client.PostGraphQLAsync(Body("{ __typename }"), accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Contains("Accept", await response.FirstErrorAsync());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=latin1")]
    public async Task APostWithAnotherContentTypeGets415(string contentType)
    {
        var response = await _client.PostGraphQLAsync(Body("{ __typename }"), contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", await response.FirstErrorAsync());
    }

    [Fact]
    public async Task APostWithoutAContentTypeGets415()
    {
        var response = await _client.PostGraphQLAsync(Body("{ __typename }"), contentType: null);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task AJsonContentTypeWithTheUtf8CharsetIsAccepted()
    {
        var response = await _client.PostGraphQLAsync(Body("""{ __type(name: "Run🏃Swim🏊") { name } }"""), contentType: "application/json; charset=utf-8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
