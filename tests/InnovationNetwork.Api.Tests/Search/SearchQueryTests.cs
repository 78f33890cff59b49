using System.Net;
using System.Text.Json;
using InnovationNetwork.Api.Tests.Infrastructure;

namespace InnovationNetwork.Api.Tests.Search;

/// <summary>search(query, where, first, after) over the seeded North East, through HTTP.</summary>
public sealed class SearchQueryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> PostAsync(string query, object? variables = null)
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttpClientExtensions.Body(query, variables));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    [Fact]
    public async Task SearchReturnsRankedRecordsWithScoresHighlightsFacetsAndATotal()
    {
        var json = await PostAsync("""
            { search(query: "remotely operated vehicles", first: 5) {
                totalCount searchedWords
                edges { cursor score node { __typename ... on Organisation { id name } } highlights { field fragments } }
                facets { field values { value label count } }
                pageInfo { hasNextPage endCursor } } }
            """);

        Assert.False(json.TryGetProperty("errors", out _), json.ToString());
        var search = json.GetProperty("data").GetProperty("search");
        var first = search.GetProperty("edges")[0];
        Assert.Equal("org-soil-machine-dynamics", first.GetProperty("node").GetProperty("id").GetString());
        Assert.Equal("Organisation", first.GetProperty("node").GetProperty("__typename").GetString());
        Assert.True(first.GetProperty("score").GetDouble() > 0);
        Assert.Contains("<em>remotely</em>", first.GetProperty("highlights")[0].GetProperty("fragments")[0].GetString());
        Assert.True(search.GetProperty("totalCount").GetInt32() >= 1);
        Assert.Equal(["type", "kind", "spec", "place", "trl"], search.GetProperty("facets").EnumerateArray().Select(f => f.GetProperty("field").GetString()));
        Assert.Equal(["remotely", "operated", "vehicles"], search.GetProperty("searchedWords").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public async Task FacetValuesOfSpecialismsAndPlacesCarryTheirNames()
    {
        var json = await PostAsync("""{ search(query: "", where: { types: [ORGANISATION] }, first: 1) { facets { field values { value label count } } } }""");

        Assert.False(json.TryGetProperty("errors", out _), json.ToString());
        var places = json.GetProperty("data").GetProperty("search").GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("field").GetString() == "place");
        Assert.Contains(places.GetProperty("values").EnumerateArray(), v => v.GetProperty("value").GetString() == "place-E12000001" && v.GetProperty("label").GetString() == "North East");
    }

    [Fact]
    public async Task FacetsAndHighlightsAskedForThroughFragmentsAreStillComputed()
    {
        var json = await PostAsync("""
            query { search(query: "remotely operated vehicles", first: 1) { ...counts edges { ... on SearchEdge { highlights { field } } } } }
            fragment counts on SearchConnection { facets { field } }
            """);

        var search = json.GetProperty("data").GetProperty("search");
        Assert.NotEmpty(search.GetProperty("facets").EnumerateArray());
        Assert.NotEmpty(search.GetProperty("edges")[0].GetProperty("highlights").EnumerateArray());
    }

    [Fact]
    public async Task TheCursorOfAHitGivesTheHitsAfterIt()
    {
        var all = await PostAsync("""{ search(query: "university", first: 4) { edges { cursor node { ... on Organisation { id } } } } }""");
        var edges = all.GetProperty("data").GetProperty("search").GetProperty("edges");

        var next = await PostAsync("""query($after: String) { search(query: "university", first: 2, after: $after) { edges { node { ... on Organisation { id } } } } }""",
            new { after = edges[1].GetProperty("cursor").GetString() });

        Assert.Equal(
            edges.EnumerateArray().Skip(2).Select(e => e.GetProperty("node").GetProperty("id").GetString()),
            next.GetProperty("data").GetProperty("search").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("\"subsea AND (vehicles")]
    [InlineData("title:subsea~2 *")]
    [InlineData("🚀")]
    [InlineData("the of and")]
    [InlineData("")]
    public async Task QuerySyntaxEmojiStopWordsAndEmptyTextAnswerWithoutErrors(string text)
    {
        var json = await PostAsync("query($q: String!) { search(query: $q) { totalCount } }", new { q = text });

        Assert.False(json.TryGetProperty("errors", out _), json.ToString());
    }

    [Fact]
    public async Task TenKilobytesOfTextAnswerWithoutErrors()
    {
        var text = string.Concat(Enumerable.Repeat("Subsea trenching and remotely operated vehicles for cable burial. ", 160));

        var json = await PostAsync("query($q: String!) { search(query: $q, first: 3) { totalCount edges { node { ... on Organisation { id } } } } }", new { q = text });

        Assert.False(json.TryGetProperty("errors", out _), json.ToString());
        Assert.Equal("org-soil-machine-dynamics", json.GetProperty("data").GetProperty("search").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString());
    }

    [Fact]
    public async Task UnknownSpecialismAndPlaceIdsAreErrorsNamingThem()
    {
        var json = await PostAsync("""{ search(query: "robots", where: { specialisms: ["spec-nope"], places: ["place-atlantis"] }) { totalCount } }""");

        var errors = json.GetProperty("errors").EnumerateArray().ToArray();
        Assert.Equal(2, errors.Length);
        Assert.All(errors, e => Assert.Equal("UNKNOWN_ID", e.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.Contains("'spec-nope'", errors[0].GetProperty("message").GetString());
        Assert.Contains("'place-atlantis'", errors[1].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public async Task ATrlOutsideOneToNineIsAnError(int trl)
    {
        var json = await PostAsync("query($t: Int) { search(query: \"robots\", where: { trl: $t }) { totalCount } }", new { t = trl });

        Assert.Equal("TRL_OUT_OF_RANGE", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task TextLongerThanTheLimitIsAnError()
    {
        var json = await PostAsync("query($q: String!) { search(query: $q) { totalCount } }", new { q = new string('a', 40_000) });

        Assert.Equal("TEXT_TOO_LONG", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
