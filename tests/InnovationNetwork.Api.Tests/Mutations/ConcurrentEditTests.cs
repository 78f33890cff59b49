using InnovationNetwork.Api.Tests.Auth;

namespace InnovationNetwork.Api.Tests.Mutations;

/// <summary>Optimistic concurrency through HTTP: editors who read the same version cannot overwrite each other unawares.</summary>
public sealed class ConcurrentEditTests(AuthApiFactory factory) : IClassFixture<AuthApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task OfTwoClientsUpdatingOneProfileFromTheSameVersionExactlyOneWinsAndNothingIsLost()
    {
        const string id = "org-newcastle-university";
        var alice = Caller.Member(_client, id, "alice");
        var sam = Caller.Staff(_client, "sam");
        var version = (await alice.DataAsync("organisation", $$"""{ organisation(id: "{{id}}") { version } }""")).GetProperty("version").GetInt32();
        var before = await factory.Store.CurrentSequenceAsync();

        var answers = await Task.WhenAll(
            alice.ErrorsOfAsync("updateOrganisationProfile", new { id, version, description = "Alice's words." }),
            sam.ErrorsOfAsync("updateOrganisationProfile", new { id, version, shortName = "NCL" }));

        Assert.Single(answers, errors => errors.GetArrayLength() == 0);
        var lost = Assert.Single(answers, errors => errors.GetArrayLength() > 0);
        Assert.Equal("VERSION_CONFLICT", Assert.Single(lost.EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal(before + 1, await factory.Store.CurrentSequenceAsync());

        // The loser reloads and applies its change on top: both edits are kept.
        var now = await alice.DataAsync("organisation", $$"""{ organisation(id: "{{id}}") { version description shortName } }""");
        Assert.Equal(version + 1, now.GetProperty("version").GetInt32());
        var aliceWon = now.GetProperty("description").GetString() == "Alice's words.";
        var retry = aliceWon
            ? await sam.ErrorsOfAsync("updateOrganisationProfile", new { id, version = version + 1, shortName = "NCL" })
            : await alice.ErrorsOfAsync("updateOrganisationProfile", new { id, version = version + 1, description = "Alice's words." });
        Assert.Equal(0, retry.GetArrayLength());
        var final = await alice.DataAsync("organisation", $$"""{ organisation(id: "{{id}}") { version description shortName } }""");
        Assert.Equal("Alice's words.", final.GetProperty("description").GetString());
        Assert.Equal("NCL", final.GetProperty("shortName").GetString());
        Assert.Equal(version + 2, final.GetProperty("version").GetInt32());
    }
}
