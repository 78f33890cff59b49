using System.Net;
using System.Text.Json;
using InnovationNetwork.Api.Tests.Infrastructure;

namespace InnovationNetwork.Api.Tests.Search;

/// <summary>matchNeed and Challenge.matches over the seeded North East, through HTTP.</summary>
public sealed class MatchingQueryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> PostAsync(string query, object? variables = null)
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttpClientExtensions.Body(query, variables));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    [Fact]
    public async Task MatchNeedRanksOrganisationsWithPartsThatAddUpAndReasons()
    {
        var json = await PostAsync("""
            { matchNeed(need: { text: "remotely operated subsea vehicles and trenchers", trl: 6 }, first: 3) {
                totalCount
                edges { cursor score node { id name } parts { text specialism trl network activity place } reasons { code message } } } }
            """);

        Assert.False(json.TryGetProperty("errors", out _), json.ToString());
        var first = json.GetProperty("data").GetProperty("matchNeed").GetProperty("edges")[0];
        Assert.Equal("org-soil-machine-dynamics", first.GetProperty("node").GetProperty("id").GetString());
        var parts = first.GetProperty("parts").EnumerateObject().Sum(p => p.Value.GetDouble());
        Assert.Equal(first.GetProperty("score").GetDouble(), parts, 6);
        Assert.Contains(first.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "TEXT"
            && r.GetProperty("message").GetString()!.StartsWith("mentions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MatchNeedWithASpecialismSaysItIsShared()
    {
        var json = await PostAsync("""
            { matchNeed(need: { text: "", specialisms: ["spec-offshore-robotics"] }, first: 10) { edges { node { id } reasons { code message } } } }
            """);

        Assert.False(json.TryGetProperty("errors", out _), json.ToString());
        var edges = json.GetProperty("data").GetProperty("matchNeed").GetProperty("edges").EnumerateArray().ToArray();
        Assert.NotEmpty(edges);
        Assert.Contains(edges, e => e.GetProperty("reasons").EnumerateArray().Any(r => r.GetProperty("code").GetString() == "SPECIALISM"));
    }

    [Fact]
    public async Task BadNeedsAreErrorsNamingWhatIsWrong()
    {
        var json = await PostAsync("""
            { matchNeed(need: { text: "robots", trl: 12, specialisms: ["spec-nope"], places: ["place-nowhere"] }) { totalCount } }
            """);

        var codes = json.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!).ToArray();
        Assert.Equal(["UNKNOWN_ID", "UNKNOWN_ID", "TRL_OUT_OF_RANGE"], codes);
        Assert.Contains("'spec-nope'", json.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task ANeedWithNothingToMatchOnIsAnError()
    {
        var json = await PostAsync("""{ matchNeed(need: { text: "  " }) { totalCount } }""");

        Assert.Equal("EMPTY_NEED", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("🚀🚀")]
    [InlineData("\"AND\" OR (*")]
    [InlineData("the of and")]
    public async Task ANeedWithNoSearchableWordMatchesNothingWithoutAnError(string text)
    {
        var json = await PostAsync("query($t: String!) { matchNeed(need: { text: $t }) { totalCount } }", new { t = text });

        Assert.False(json.TryGetProperty("errors", out _), json.ToString());
    }

    [Fact]
    public async Task AChallengesMatchesLeaveOutItsPosterAndUseItsSpecialisms()
    {
        var json = await PostAsync("""
            { challenge(id: "challenge-energy-innovation-challenge") { matches(first: 5) { totalCount edges { node { id } reasons { code message } } } } }
            """);

        Assert.False(json.TryGetProperty("errors", out _), json.ToString());
        var edges = json.GetProperty("data").GetProperty("challenge").GetProperty("matches").GetProperty("edges").EnumerateArray().ToArray();
        Assert.NotEmpty(edges);
        Assert.DoesNotContain(edges, e => e.GetProperty("node").GetProperty("id").GetString() == "org-north-east-lep");
        Assert.Contains(edges, e => e.GetProperty("reasons").EnumerateArray().Any(r => r.GetProperty("code").GetString() == "SPECIALISM"));
    }
}
