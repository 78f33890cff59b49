using System.Net;
using InnovationNetwork.Api.Tests.Infrastructure;

namespace InnovationNetwork.Api.Tests.Auth;

/// <summary>The per-client rate limit on /graphql, through the real pipeline.</summary>
public sealed class RateLimitTests(RateLimitedApiFactory factory) : IClassFixture<RateLimitedApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task AClientOverItsRateLimitGets429WithRetryAfterAndAGraphQLShapedErrorWhileOthersGoOn()
    {
        var greedy = Caller.Staff(_client, "greedy");
        for (var i = 0; i < RateLimitedApiFactory.Permits; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await greedy.SendAsync("{ __typename }")).StatusCode);
        }

        var refused = await greedy.SendAsync("{ __typename }");
        var other = await Caller.Staff(_client, "patient").SendAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) >= 1);
        var error = (await refused.ReadJsonAsync()).GetProperty("errors")[0];
        Assert.Equal("RATE_LIMITED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task HealthProbesAreNotRateLimited()
    {
        for (var i = 0; i < RateLimitedApiFactory.Permits * 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health/live")).StatusCode);
        }
    }
}
