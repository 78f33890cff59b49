using System.Net;
using System.Net.Sockets;
using InnovationNetwork.Api.Telemetry;
using InnovationNetwork.Api.Tests.Infrastructure;
using InnovationNetwork.Core.Ports;
using InnovationNetwork.Storage.Neo4j;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationNetwork.Api.Tests.Health;

/// <summary>
/// Store:Kind Neo4j chooses the Neo4j store; with no Neo4j server here, these check what an operator sees
/// when it cannot be reached at start-up. (The store itself is proved by the contract suite, run against a
/// real Neo4j when NEO4J_URL is set.)
/// </summary>
public sealed class Neo4jReadinessTests
{
    [Fact]
    public async Task StoreKindNeo4jChoosesTheNeo4jStore()
    {
        await using var app = Unreachable(new ApiFactory());
        app.CreateClient();

        var store = Assert.IsType<MeasuredGraphStore>(app.Services.GetRequiredService<IGraphStore>());
        Assert.IsType<Neo4jGraphStore>(store.Inner);
    }

    [Fact]
    public async Task ANeo4jServerThatCannotBeReachedAtStartUpLeavesReady503SayingSoWhileItRetries()
    {
        await using var app = Unreachable(new ApiFactory());
        var client = app.CreateClient();

        var response = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var checks = (await response.ReadJsonAsync()).GetProperty("checks");
        var graph = checks.GetProperty("graph").GetProperty("description").GetString();
        Assert.Contains($"Neo4j at {app.Settings["Store:Neo4j:Url"]}", graph);
        Assert.Contains("check that Neo4j is running and reachable at Store:Neo4j:Url", graph);
        Assert.Contains("retrying at", graph);
        Assert.Equal("Unhealthy", checks.GetProperty("store").GetProperty("status").GetString());
    }

    /// <summary>Neo4j on a loopback port nothing listens on, tried once per operation so the test is quick.</summary>
    private static ApiFactory Unreachable(ApiFactory app) => app
        .With("Store:Kind", "Neo4j")
        .With("Store:Neo4j:Url", $"http://127.0.0.1:{ClosedPort()}")
        .With("Store:Neo4j:MaxRetries", "0")
        .With("Replication:RetryDelay", "00:00:05");

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
