using System.Net;
using System.Text.Json;
using InnovationNetwork.Api.Tests.Infrastructure;

namespace InnovationNetwork.Api.Tests.Search;

/// <summary>suggestSpecialisms, autocomplete, Organisation.similar and Organisation.suggestedPartners over the seed, through HTTP.</summary>
public sealed class SuggestionQueryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttpClientExtensions.Body(query, variables));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.ReadJsonAsync();
        Assert.False(json.TryGetProperty("errors", out _), json.ToString());
        return json.GetProperty("data");
    }

    [Fact]
    public async Task SuggestSpecialismsReadsAnROVCableInspectionNeedAsOffshoreRobotics()
    {
        var data = await DataAsync("""
            { suggestSpecialisms(text: "An ROV for subsea cable inspection and blade repair.") { specialism { id name } confidence evidence } }
            """);

        var first = data.GetProperty("suggestSpecialisms")[0];
        Assert.Equal("spec-offshore-robotics", first.GetProperty("specialism").GetProperty("id").GetString());
        Assert.InRange(first.GetProperty("confidence").GetDouble(), 0.5, 1);
        Assert.Contains("rov", first.GetProperty("evidence").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("🚀")]
    [InlineData("bread and cakes")]
    public async Task SuggestSpecialismsOfTextAboutNothingIsEmpty(string text)
    {
        var data = await DataAsync("query($t: String!) { suggestSpecialisms(text: $t) { confidence } }", new { t = text });

        Assert.Empty(data.GetProperty("suggestSpecialisms").EnumerateArray());
    }

    [Fact]
    public async Task AutocompleteCompletesNamesAndSpecialismsWithTheirNodes()
    {
        var data = await DataAsync("""{ autocomplete(prefix: "newc") { text kind node { id } } }""");

        var completions = data.GetProperty("autocomplete").EnumerateArray().ToArray();
        Assert.Contains(completions, c => c.GetProperty("text").GetString() == "Newcastle University" && c.GetProperty("kind").GetString() == "ORGANISATION"
            && c.GetProperty("node").GetProperty("id").GetString() == "org-newcastle-university");

        var specialisms = (await DataAsync("""{ autocomplete(prefix: "offsh") { kind node { id } } }""")).GetProperty("autocomplete").EnumerateArray();
        Assert.Contains(specialisms, c => c.GetProperty("kind").GetString() == "SPECIALISM");
    }

    [Fact]
    public async Task SimilarAndSuggestedPartnersAnswerWithScoresAndReasons()
    {
        var data = await DataAsync("""
            { organisation(id: "org-soil-machine-dynamics") {
                similar(first: 3) { score organisation { id } reasons { code message } }
                suggestedPartners(first: 3) { score organisation { id } parts { text specialism network activity place } reasons { code message } } } }
            """);

        var organisation = data.GetProperty("organisation");
        Assert.All(organisation.GetProperty("similar").EnumerateArray(), m => Assert.NotEqual("org-soil-machine-dynamics", m.GetProperty("organisation").GetProperty("id").GetString()));
        var partners = organisation.GetProperty("suggestedPartners").EnumerateArray().ToArray();
        Assert.NotEmpty(partners);
        Assert.All(partners, p => Assert.NotEmpty(p.GetProperty("reasons").EnumerateArray()));
    }
}
