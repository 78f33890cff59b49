using InnovationNetwork.Api.Tests.Infrastructure;

namespace InnovationNetwork.Api.Tests.Queries;

public sealed class IntrospectionSwitchTests : IAsyncLifetime
{
    private readonly ApiFactory _factory = new ApiFactory().With("GraphQL:EnableIntrospection", "false");

    [Fact]
    public async Task IntrospectionCanBeTurnedOffByConfiguration()
    {
        var response = await _factory.CreateClient().PostGraphQLAsync(GraphQLHttpClientExtensions.Body("{ __schema { queryType { name } } }"));
        Assert.Contains("Introspection is turned off", await response.FirstErrorAsync());
    }

    [Fact]
    public async Task TypenameStillWorksWhenIntrospectionIsOff()
    {
        var response = await _factory.CreateClient().PostGraphQLAsync(GraphQLHttpClientExtensions.Body("{ __typename }"));
        Assert.Equal("Query", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("__typename").GetString());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();
}
