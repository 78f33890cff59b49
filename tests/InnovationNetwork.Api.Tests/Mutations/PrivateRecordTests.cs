using System.Text.Json;
using InnovationNetwork.Api.Tests.Auth;
using static InnovationNetwork.Api.Tests.Mutations.PrivateDirectoryFactory;

namespace InnovationNetwork.Api.Tests.Mutations;

/// <summary>
/// Private records (made private through the mutations) never reach those who may not see them: not by id, not in
/// lists or connections, not in any count, not in search hits, facets or matches. Staff and the owning
/// organisation's members see them, which proves each query could have shown them.
/// </summary>
public sealed class PrivateRecordTests(PrivateDirectoryFactory factory) : IClassFixture<PrivateDirectoryFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private Caller Anonymous => Caller.Anonymous(_client);

    private Caller Outsider => Caller.Member(_client, "org-durham-university", "outsider");

    private Caller Insider => Caller.Member(_client, factory.Stealth, "insider");

    private Caller CatapultMember => Caller.Member(_client, Catapult, "catapult");

    private Caller Staff => Caller.Staff(_client, "privacy-staff");

    private IEnumerable<Caller> Excluded => [Anonymous, Outsider];

    private static IEnumerable<string?> Ids(JsonElement list) => list.EnumerateArray().Select(e => (e.TryGetProperty("node", out var n) ? n : e).GetProperty("id").GetString());

    private async Task<int> IntAsync(Caller caller, string query, params string[] path)
    {
        var value = await caller.DataAsync(path[0], query);
        return path.Skip(1).Aggregate(value, (v, step) => v.GetProperty(step)).GetInt32();
    }

    [Fact]
    public async Task APrivateOrganisationIsNotFoundByIdExceptByItsMembersAndStaff()
    {
        var query = $$"""{ node(id: "{{factory.Stealth}}") { id } nodes(ids: ["{{factory.Stealth}}"]) { id } organisation(id: "{{factory.Stealth}}") { id } }""";
        foreach (var caller in Excluded)
        {
            var data = (await caller.PostAsync(query)).GetProperty("data");
            Assert.Equal(JsonValueKind.Null, data.GetProperty("node").ValueKind);
            Assert.Equal(JsonValueKind.Null, data.GetProperty("nodes")[0].ValueKind);
            Assert.Equal(JsonValueKind.Null, data.GetProperty("organisation").ValueKind);
        }

        foreach (var caller in new[] { Insider, Staff })
        {
            Assert.Equal(factory.Stealth, (await caller.DataAsync("node", query)).GetProperty("id").GetString());
        }
    }

    [Fact]
    public async Task APrivatePersonAndAPrivateChallengeAreNotFoundByIdExceptByTheirOrganisationAndStaff()
    {
        var query = $$"""{ person(id: "{{factory.HiddenPerson}}") { id } challenge(id: "{{factory.HiddenChallenge}}") { id } }""";
        foreach (var caller in Excluded.Append(Insider))
        {
            var data = (await caller.PostAsync(query)).GetProperty("data");
            Assert.Equal(JsonValueKind.Null, data.GetProperty("person").ValueKind);
            Assert.Equal(JsonValueKind.Null, data.GetProperty("challenge").ValueKind);
        }

        var seen = (await CatapultMember.PostAsync(query)).GetProperty("data");
        Assert.Equal(factory.HiddenPerson, seen.GetProperty("person").GetProperty("id").GetString());
        Assert.Equal(factory.HiddenChallenge, seen.GetProperty("challenge").GetProperty("id").GetString());
    }

    [Fact]
    public async Task ListsAndTheirTotalCountsLeaveOutPrivateRecords()
    {
        const string query = """{ organisations(first: 1) { totalCount } people(first: 1) { totalCount } challenges(first: 1) { totalCount } }""";
        var all = (await Staff.PostAsync(query)).GetProperty("data");
        foreach (var caller in Excluded)
        {
            var data = (await caller.PostAsync(query)).GetProperty("data");
            foreach (var list in new[] { "organisations", "people", "challenges" })
            {
                Assert.Equal(all.GetProperty(list).GetProperty("totalCount").GetInt32() - 1, data.GetProperty(list).GetProperty("totalCount").GetInt32());
            }
        }

        const string byName = """{ organisations(where: { name: { contains: "Stealth" } }) { totalCount edges { node { id } } } }""";
        Assert.Equal(0, await IntAsync(Anonymous, byName, "organisations", "totalCount"));
        Assert.Equal(1, await IntAsync(Insider, byName, "organisations", "totalCount"));
    }

    [Fact]
    public async Task ConnectionsAndTheirCountsLeaveOutPrivateRecords()
    {
        var query = $$"""
            {
              project(id: "{{Project}}") { participantCount participants { participant { id } } }
              organisation(id: "{{Catapult}}") {
                collaboratorCount collaborators(first: 100) { totalCount edges { node { id } } }
                people { id } challenges { id }
              }
              specialism(id: "{{Specialism}}") { organisations(first: 100) { totalCount edges { node { id } } } }
              place(id: "{{Place}}") { organisations(first: 100) { totalCount edges { node { id } } } }
            }
            """;
        var all = (await Staff.PostAsync(query)).GetProperty("data");
        Assert.Contains(factory.Stealth, Ids(all.GetProperty("organisation").GetProperty("collaborators").GetProperty("edges")));

        foreach (var caller in Excluded)
        {
            var json = await caller.PostAsync(query);
            var data = json.GetProperty("data");
            var text = json.ToString();
            Assert.DoesNotContain(factory.Stealth, text);
            Assert.DoesNotContain(factory.HiddenPerson, text);
            Assert.DoesNotContain(factory.HiddenChallenge, text);
            Assert.Equal(all.GetProperty("project").GetProperty("participantCount").GetInt32() - 1, data.GetProperty("project").GetProperty("participantCount").GetInt32());
            var catapult = data.GetProperty("organisation");
            Assert.Equal(all.GetProperty("organisation").GetProperty("collaborators").GetProperty("totalCount").GetInt32() - 1,
                catapult.GetProperty("collaborators").GetProperty("totalCount").GetInt32());
            Assert.Equal(all.GetProperty("organisation").GetProperty("collaboratorCount").GetInt32() - 1, catapult.GetProperty("collaboratorCount").GetInt32());
            Assert.Equal(all.GetProperty("specialism").GetProperty("organisations").GetProperty("totalCount").GetInt32() - 1,
                data.GetProperty("specialism").GetProperty("organisations").GetProperty("totalCount").GetInt32());
            Assert.Equal(all.GetProperty("place").GetProperty("organisations").GetProperty("totalCount").GetInt32() - 1,
                data.GetProperty("place").GetProperty("organisations").GetProperty("totalCount").GetInt32());
        }
    }

    [Fact]
    public async Task SearchHitsTotalsAndFacetsLeaveOutPrivateRecords()
    {
        const string query = """
            { search(query: "stealthwork", first: 50) { totalCount edges { node { ... on Organisation { id } ... on Person { id } ... on Challenge { id } } }
                facets { field values { value count } } } }
            """;
        var all = await Staff.DataAsync("search", query);
        Assert.Equal(3, all.GetProperty("totalCount").GetInt32());

        foreach (var caller in Excluded)
        {
            var search = await caller.DataAsync("search", query);
            Assert.Equal(0, search.GetProperty("totalCount").GetInt32());
            Assert.Equal(0, search.GetProperty("edges").GetArrayLength());
            Assert.All(search.GetProperty("facets").EnumerateArray(), facet =>
                Assert.All(facet.GetProperty("values").EnumerateArray(), value => Assert.Equal(0, value.GetProperty("count").GetInt32())));
        }
    }

    [Fact]
    public async Task FacetCountsOfABroadSearchCountPrivateRecordsOnlyForThoseWhoMaySeeThem()
    {
        const string query = """{ search(query: "", where: { types: [ORGANISATION] }, first: 1) { totalCount facets { field values { value count } } } }""";
        static int CountOf(JsonElement search, string field, string value) =>
            search.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("field").GetString() == field)
                .GetProperty("values").EnumerateArray().Where(v => v.GetProperty("value").GetString() == value).Sum(v => v.GetProperty("count").GetInt32());

        var all = await Staff.DataAsync("search", query);
        foreach (var caller in Excluded)
        {
            var search = await caller.DataAsync("search", query);
            Assert.Equal(all.GetProperty("totalCount").GetInt32() - 1, search.GetProperty("totalCount").GetInt32());
            Assert.Equal(CountOf(all, "spec", Specialism) - 1, CountOf(search, "spec", Specialism));
            Assert.Equal(CountOf(all, "kind", "BUSINESS") - 1, CountOf(search, "kind", "BUSINESS"));
        }
    }

    [Fact]
    public async Task MatchingANeedNeverOffersAPrivateOrganisation()
    {
        const string query = """
            { matchNeed(need: { text: "stealthwork remotely operated vehicles for subsea cable inspection", specialisms: ["spec-subsea-vehicles"] }, first: 50) {
                totalCount edges { node { id } } } }
            """;
        var all = await Staff.DataAsync("matchNeed", query);
        Assert.Contains(factory.Stealth, Ids(all.GetProperty("edges")));

        foreach (var caller in Excluded)
        {
            var matches = await caller.DataAsync("matchNeed", query);
            Assert.DoesNotContain(factory.Stealth, Ids(matches.GetProperty("edges")));
            Assert.Equal(all.GetProperty("totalCount").GetInt32() - 1, matches.GetProperty("totalCount").GetInt32());
        }
    }
}
