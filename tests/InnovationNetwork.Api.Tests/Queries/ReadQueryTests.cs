using System.Net;
using InnovationNetwork.Api.Tests.Infrastructure;

namespace InnovationNetwork.Api.Tests.Queries;

/// <summary>Representative reads over the seeded North East, checked against committed snapshots.</summary>
public sealed class ReadQueryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task AnOrganisationWithItsPlaceSpecialismsAndIdentifiers() =>
        await QuerySnapshot.MatchAsync(_client, """
            { organisation(id: "org-newcastle-university") {
                id name kind website place { name onsCode ancestors { name level } }
                specialisms { name } identifiers { scheme value } sources { name }
                collaborators(first: 10) { totalCount edges { sharedProjectCount node { name } } } } }
            """, "organisation-by-id");

    [Fact]
    public async Task OrganisationsInNorthumberlandUnderEnergy()
    {
        var json = await QuerySnapshot.MatchAsync(_client, """
            { organisations(where: { place: { id: { within: "place-E06000057" } },
                                     specialisms: { some: { id: { within: "spec-energy" } } } }) {
                totalCount nodes { id name place { name } } } }
            """, "organisations-northumberland-energy");
        Assert.True(json.GetProperty("data").GetProperty("organisations").GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task UniversitiesOrderedByNameDescending() =>
        await QuerySnapshot.MatchAsync(_client, """
            { organisations(where: { kind: { eq: UNIVERSITY } }, orderBy: [{ field: NAME, direction: DESC }]) {
                totalCount nodes { name } } }
            """, "universities-by-name-desc");

    [Fact]
    public async Task TheSpecialismTreeFromTheTop() =>
        await QuerySnapshot.MatchAsync(_client, """
            { specialisms(first: 100, where: { isRoot: true }) { totalCount nodes { name children { name children { name } } } } }
            """, "specialism-tree");

    [Fact]
    public async Task ThePlacesOfTheNorthEast() =>
        await QuerySnapshot.MatchAsync(_client, """
            { place(id: "place-E12000001") { name level onsCode children { name level children { name onsCode postcodeDistricts } } } }
            """, "north-east-places");

    [Fact]
    public async Task NodeAndNodesResolveAnyKindAndNullForUnknownIds() =>
        await QuerySnapshot.MatchAsync(_client, """
            { node(id: "spec-offshore-robotics") { id __typename ... on Specialism { name ancestors { name } } }
              nodes(ids: ["place-E06000057", "org-nope"]) { id __typename } }
            """, "node-and-nodes");

    [Fact]
    public async Task PagingWithCursorsVisitsEveryOrganisationOnce()
    {
        var seen = new List<string>();
        string? after = null;
        int total;
        do
        {
            var response = await _client.PostGraphQLAsync(GraphQLHttpClientExtensions.Body(
                "query($after: String) { organisations(first: 7, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }",
                new { after }));
            var page = (await response.ReadJsonAsync()).GetProperty("data").GetProperty("organisations");
            total = page.GetProperty("totalCount").GetInt32();
            seen.AddRange(page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
    }

    [Fact]
    public async Task AnUnknownIdInAFilterIsAnErrorNamingIt()
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttpClientExtensions.Body(
            """{ organisations(where: { specialisms: { some: { id: { within: "spec-nope" } } } }) { totalCount } }"""));
        Assert.Contains("spec-nope", await response.FirstErrorAsync());
    }

    [Theory]
    [InlineData("{ organisations(first: 101) { totalCount } }", "at most 100")]
    [InlineData("{ organisations(first: -1) { totalCount } }", "negative")]
    [InlineData("""{ organisations(after: "garbage") { totalCount } }""", "not a cursor")]
    public async Task BadPageArgumentsAreClearErrors(string query, string expected)
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttpClientExtensions.Body(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.FirstErrorAsync());
    }

    [Fact]
    public async Task OrganisationByIdentifierFindsARecordTheWayOutsideSystemsNameIt()
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttpClientExtensions.Body(
            """{ organisationByIdentifier(scheme: UKPRN, value: " 10007799 ") { id } }"""));
        var json = await response.ReadJsonAsync();
        Assert.Equal("org-newcastle-university", json.GetProperty("data").GetProperty("organisationByIdentifier").GetProperty("id").GetString());
    }

    [Fact]
    public async Task ContactDetailsAreNeverShownToAnonymousCallers()
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttpClientExtensions.Body(
            "{ organisations(first: 100) { nodes { email phone } } }"));
        var nodes = (await response.ReadJsonAsync()).GetProperty("data").GetProperty("organisations").GetProperty("nodes");
        Assert.All(nodes.EnumerateArray(), n => Assert.Equal(System.Text.Json.JsonValueKind.Null, n.GetProperty("email").ValueKind));
    }

    [Fact]
    public async Task GraphiQLsIntrospectionQueryIsNotBlockedByTheComplexityLimit()
    {
        var introspection = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Queries", "introspection.graphql"));
        var response = await _client.PostGraphQLAsync(GraphQLHttpClientExtensions.Body(introspection));
        var json = await response.ReadJsonAsync();
        Assert.False(json.TryGetProperty("errors", out _), json.ToString());
        Assert.True(json.GetProperty("data").GetProperty("__schema").GetProperty("types").GetArrayLength() > 50);
    }
}
