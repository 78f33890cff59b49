using System.Net;
using InnovationNetwork.Api.Health;
using InnovationNetwork.Api.Hosting;
using InnovationNetwork.Api.Tests.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InnovationNetwork.Api.Tests.Health;

public sealed class HealthTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task LiveAnswers200WhileTheProcessRuns()
    {
        var response = await _client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (await response.ReadJsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReadyAnswers200WithTheStoreAndGraphChecksOnceLoaded()
    {
        var response = await _client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = (await response.ReadJsonAsync()).GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("store").GetProperty("status").GetString());
        Assert.Contains(factory.DatabaseFile, checks.GetProperty("store").GetProperty("description").GetString());
        Assert.Equal("Healthy", checks.GetProperty("graph").GetProperty("status").GetString());
        Assert.Contains("sequence 1", checks.GetProperty("graph").GetProperty("description").GetString());
    }

    [Fact]
    public async Task TheGraphCheckIsUnhealthyUntilTheGraphIsLoaded()
    {
        var check = new GraphHealthCheck(new GraphReadiness(), factory.Services);

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("still being loaded", result.Description);
    }

    [Fact]
    public async Task ReadyAnswers503WhenTheStoreCannotBeRead()
    {
        await using var broken = new ApiFactory();
        var client = broken.CreateClient();
        await broken.Store.DisposeAsync();

        var response = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var store = (await response.ReadJsonAsync()).GetProperty("checks").GetProperty("store");
        Assert.Equal("Unhealthy", store.GetProperty("status").GetString());
        Assert.Contains("closed", store.GetProperty("description").GetString());
    }

    [Fact]
    public async Task LiveStillAnswers200WhenTheStoreCannotBeRead()
    {
        await using var broken = new ApiFactory();
        var client = broken.CreateClient();
        await broken.Store.DisposeAsync();

        var response = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
