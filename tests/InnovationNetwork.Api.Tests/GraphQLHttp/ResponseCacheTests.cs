using InnovationNetwork.Api.GraphQLHttp;
using InnovationNetwork.Api.Tests.Auth;
using InnovationNetwork.Api.Tests.Infrastructure;
using InnovationNetwork.GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.Tests.GraphQLHttp;

/// <summary>
/// Repeated queries are answered from the response cache, and a write, another viewer or another request
/// never gets an answer that is not its own.
/// </summary>
public sealed class ResponseCacheTests : IDisposable
{
    private const string Profile = """query($id: ID!) { organisation(id: $id) { id version description } }""";
    private const string Organisation = "org-durham-university";

    private readonly AuthApiFactory _app = new();
    private readonly HttpClient _client;

    public ResponseCacheTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ARepeatedQueryGetsTheSameAnswerUntilAWriteChangesIt()
    {
        var first = await PostAsync(Profile, new { id = Organisation });
        var again = await PostAsync(Profile, new { id = Organisation });
        var version = (await Caller.Anonymous(_client).DataAsync("organisation", Profile, new { id = Organisation })).GetProperty("version").GetInt32();

        await Caller.Staff(_client).MutateAsync("updateOrganisationProfile", "organisation",
            new { id = Organisation, version, description = "Written after the first answer was kept." });
        var afterWrite = await Caller.Anonymous(_client).DataAsync("organisation", Profile, new { id = Organisation });

        Assert.Equal(first, again);
        Assert.Equal("Written after the first answer was kept.", afterWrite.GetProperty("description").GetString());
        Assert.Equal(version + 1, afterWrite.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task OtherVariablesAndTheOtherMediaTypeAreOtherRequests()
    {
        var durham = await PostAsync(Profile, new { id = Organisation });
        var newcastle = await PostAsync(Profile, new { id = "org-newcastle-university" });
        var legacy = await _client.PostGraphQLAsync(GraphQLHttpClientExtensions.Body(Profile, new { id = Organisation }), GraphQLHttpClientExtensions.Json);

        Assert.Contains(Organisation, durham);
        Assert.Contains("org-newcastle-university", newcastle);
        Assert.StartsWith(GraphQLHttpClientExtensions.Json, legacy.Content.Headers.ContentType!.ToString());
        Assert.Equal(durham, await legacy.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task IdenticalRequestsAtOnceAllGetTheirAnswer()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => PostAsync(Profile, new { id = "org-teesside-university" })));

        Assert.Contains("org-teesside-university", answers[0]);
        Assert.All(answers, answer => Assert.Equal(answers[0], answer));
    }

    [Fact]
    public async Task AnIdenticalRequestWaitsForTheOneExecutingAndExecutesItselfWhenThatHasNothingToShare()
    {
        var cache = new GraphQLResponseCache(new ServiceCollection().BuildServiceProvider(), TimeProvider.System, Options.Create(new GraphQLLimitsOptions()));
        var leader = cache.Board("1/1/2026-11-27", "query");
        var follower = cache.Board("1/1/2026-11-27", "query");
        var otherVersion = cache.Board("2/2/2026-11-27", "query");

        leader.Land([1, 2, 3]);
        var failing = cache.Board("1/1/2026-11-27", "query");
        var waitingOnFailure = cache.Board("1/1/2026-11-27", "query");
        failing.Land(null);
        follower.Land(null); // a follower's landing does nothing

        Assert.True(leader.Leads);
        Assert.False(follower.Leads);
        Assert.True(otherVersion.Leads);
        Assert.Equal([1, 2, 3], await follower.Answer);
        Assert.True(failing.Leads);
        Assert.Null(await waitingOnFailure.Answer);
        Assert.True(cache.Board("1/1/2026-11-27", "query").Leads);
    }

    private async Task<string> PostAsync(string query, object variables)
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttpClientExtensions.Body(query, variables));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
