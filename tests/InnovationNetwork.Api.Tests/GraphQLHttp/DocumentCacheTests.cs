using System.Net;
using GraphQLParser;
using InnovationNetwork.Api.Tests.Infrastructure;
using InnovationNetwork.GraphQL.Common;
using Microsoft.Extensions.DependencyInjection;
using static InnovationNetwork.Api.Tests.Infrastructure.GraphQLHttpClientExtensions;

namespace InnovationNetwork.Api.Tests.GraphQLHttp;

/// <summary>A query sent again is taken parsed and validated from the cache; what it answers must not change.</summary>
public sealed class DocumentCacheTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string ById = "query Organisation($id: ID!) { organisation(id: $id) { id name } }";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task TheSameQueryWithOtherVariablesAnswersForThoseVariables()
    {
        var newcastle = await (await _client.PostGraphQLAsync(Body(ById, new { id = "org-newcastle-university" }))).ReadJsonAsync();
        var durham = await (await _client.PostGraphQLAsync(Body(ById, new { id = "org-durham-university" }))).ReadJsonAsync();
        var newcastleAgain = await (await _client.PostGraphQLAsync(Body(ById, new { id = "org-newcastle-university" }))).ReadJsonAsync();

        Assert.Equal("org-newcastle-university", newcastle.GetProperty("data").GetProperty("organisation").GetProperty("id").GetString());
        Assert.Equal("org-durham-university", durham.GetProperty("data").GetProperty("organisation").GetProperty("id").GetString());
        Assert.Equal(newcastle.ToString(), newcastleAgain.ToString());
        Assert.NotNull(factory.Services.GetRequiredService<GraphQLDocumentCache>().Find(ById));
    }

    [Fact]
    public async Task ADocumentThatFailsValidationIsRefusedEveryTimeAndNeverCached()
    {
        const string invalid = "{ organisation(id: \"org-durham-university\") { noSuchField } }";

        var first = await _client.PostGraphQLAsync(Body(invalid));
        var second = await _client.PostGraphQLAsync(Body(invalid));

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("noSuchField", await second.FirstErrorAsync());
        Assert.Null(factory.Services.GetRequiredService<GraphQLDocumentCache>().Find(invalid));
    }

    [Fact]
    public async Task AVariableOfTheWrongTypeIsRefusedForACachedDocument()
    {
        const string query = "query Page($first: Int) { organisations(first: $first) { totalCount } }";
        await _client.PostGraphQLAsync(Body(query, new { first = 1 }));

        var response = await _client.PostGraphQLAsync(Body(query, new { first = "many" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("first", await response.FirstErrorAsync());
    }

    [Fact]
    public async Task ADocumentsCostIsKeptForThePageSizesItPassedWithNotForItsIds()
    {
        const string page = "query Page($id: ID!, $first: Int) { organisation(id: $id) { name } organisations(first: $first) { totalCount } }";
        await _client.PostGraphQLAsync(Body(page, new { id = "org-newcastle-university", first = 2 })); // parsed, validated, cached
        await _client.PostGraphQLAsync(Body(page, new { id = "org-teesside-university", first = 2 })); // from the cache; cost worked out
        var cache = factory.Services.GetRequiredService<GraphQLDocumentCache>();

        Assert.True(cache.PassedCost(page, GraphQLDocumentCache.CostKey(new Dictionary<string, object?> { ["id"] = "org-durham-university", ["first"] = 2 })));
        Assert.False(cache.PassedCost(page, GraphQLDocumentCache.CostKey(new Dictionary<string, object?> { ["id"] = "org-newcastle-university", ["first"] = 3 })));
        Assert.NotEqual(
            GraphQLDocumentCache.CostKey(new Dictionary<string, object?> { ["more"] = true }),
            GraphQLDocumentCache.CostKey(new Dictionary<string, object?> { ["more"] = false }));
    }

    [Fact]
    public void TheCacheStaysWithinItsCapacityDroppingTheLeastRecentlyUsedFirst()
    {
        var cache = new GraphQLDocumentCache(capacityCharacters: 1000);
        string Query(int i) => $"{{ a{i:D3}: __typename {new string(' ', 60)} }}";
        for (var i = 0; i < 12; i++)
        {
            cache.Add(Query(i), Parser.Parse(Query(i)));
            Thread.Sleep(2); // so each has its own time of use
        }

        Thread.Sleep(20);
        Assert.NotNull(cache.Find(Query(11)));
        for (var i = 12; i < 40; i++)
        {
            cache.Add(Query(i), Parser.Parse(Query(i)));
            Thread.Sleep(2); // so each has its own time of use
        }

        Assert.InRange(cache.Count * Query(0).Length, 1, 1000);
        Assert.NotNull(cache.Find(Query(39)));
        Assert.Null(cache.Find(Query(0)));
    }
}
