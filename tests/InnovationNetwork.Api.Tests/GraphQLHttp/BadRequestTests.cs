using System.Net;
using InnovationNetwork.Api.Tests.Infrastructure;
using static InnovationNetwork.Api.Tests.Infrastructure.GraphQLHttpClientExtensions;

namespace InnovationNetwork.Api.Tests.GraphQLHttp;

/// <summary>Requests that are not well-formed GraphQL-over-HTTP requests: 400 whatever the Accept header.</summary>
public sealed class BadRequestTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task MalformedJsonGets400(string accept)
    {
        var response = await _client.PostGraphQLAsync("""{ "query": "{ __typename }" """, accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid JSON", await response.FirstErrorAsync());
    }

    [Theory]
    [InlineData("""{"notquery": "{ __typename }"}""")]
    [InlineData("""{"query": null}""")]
    [InlineData("""{"query": ""}""")]
    [InlineData("{}")]
    public async Task AMissingQueryGets400(string body)
    {
        var response = await _client.PostGraphQLAsync(body, Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'query'", await response.FirstErrorAsync());
    }

    [Fact]
    public async Task AGetWithoutAQueryGets400()
    {
        var response = await _client.SendWithAcceptAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql"), GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AnEmptyBodyGets400()
    {
        var response = await _client.PostGraphQLAsync("");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"query": {"obj": "ect"}}""")]
    [InlineData("""{"query": 0}""")]
    [InlineData("""{"query": false}""")]
    [InlineData("""{"query": ["array"]}""")]
    [InlineData("""{"query": "{ __typename }", "operationName": 0}""")]
    [InlineData("""{"query": "{ __typename }", "operationName": {"obj": "ect"}}""")]
    [InlineData("""{"query": "{ __typename }", "extensions": "string"}""")]
    [InlineData("""{"query": "{ __typename }", "extensions": ["array"]}""")]
    [InlineData("""[{"query": "{ __typename }"}]""")]
    [InlineData("\"{ __typename }\"")]
    public async Task AParameterOfTheWrongJsonTypeGets400(string body)
    {
        var response = await _client.PostGraphQLAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.FirstErrorAsync();
    }

    [Theory]
    [InlineData("\"string\"")]
    [InlineData("0")]
    [InlineData("false")]
    [InlineData("[\"array\"]")]
    public async Task VariablesThatAreNotAnObjectGet400(string variables)
    {
        var response = await _client.PostGraphQLAsync($$"""{"query": "{ __typename }", "variables": {{variables}}}""", Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'variables' must be a JSON object", await response.FirstErrorAsync());
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("{not json")]
    public async Task VariablesOverGetThatAreNotAJsonObjectGet400(string variables)
    {
        var response = await _client.GetGraphQLAsync("{ __typename }", variables);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AParameterGivenTwiceOverGetGets400()
    {
        var response = await _client.SendWithAcceptAsync(
            new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D&query=%7B__typename%7D"), GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherMethodsGet405NamingGetAndPost(string method)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }
}
