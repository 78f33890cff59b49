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
    public async Task ReadyReportsTheReplicationLagAndTheSearchIndexWithTheirFigures()
    {
        var checks = (await (await _client.GetAsync("/health/ready")).ReadJsonAsync()).GetProperty("checks");

        var replication = checks.GetProperty("replication");
        Assert.Equal("Healthy", replication.GetProperty("status").GetString());
        Assert.Contains("Following the change log every 1 s", replication.GetProperty("description").GetString());
        Assert.Equal(0, replication.GetProperty("data").GetProperty("lag").GetInt64());
        Assert.True(replication.GetProperty("data").GetProperty("storeSequence").GetInt64() >= 1);
        Assert.Contains("of the store's", await (await _client.GetAsync("/health/ready")).Content.ReadAsStringAsync());
        var index = checks.GetProperty("index");
        Assert.Equal("Healthy", index.GetProperty("status").GetString());
        Assert.True(index.GetProperty("data").GetProperty("documents").GetInt32() > 0);
    }

    [Fact]
    public async Task ReadyAnswers200DegradedWhenTheStoreIsLostAfterTheGraphWasLoaded()
    {
        // Reads are still answered from memory, so the instance stays in a load balancer's pool; the report says what is wrong.
        await using var broken = new ApiFactory();
        var client = broken.CreateClient();
        await broken.Store.DisposeAsync();

        var response = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.ReadJsonAsync();
        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        var store = report.GetProperty("checks").GetProperty("store");
        Assert.Equal("Degraded", store.GetProperty("status").GetString());
        Assert.Contains("closed", store.GetProperty("description").GetString());
        Assert.Equal("Healthy", report.GetProperty("checks").GetProperty("graph").GetProperty("status").GetString());
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
