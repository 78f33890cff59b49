using System.Net;
using System.Text.Json;
using InnovationNetwork.Api.Tests.Auth;
using InnovationNetwork.Api.Tests.Infrastructure;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Ports;
using Microsoft.Extensions.DependencyInjection;
using static InnovationNetwork.Api.Tests.Infrastructure.GraphQLHttpClientExtensions;

namespace InnovationNetwork.Api.Tests.Replication;

/// <summary>The store unreachable at start-up, and lost while running: what readers, writers and operators see.</summary>
public sealed class StoreFaultTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);
    private const string SeededPlace = "place-E06000057";

    [Fact]
    public async Task AStoreUnreachableAtStartUpLeavesTheServiceListeningNotReadySayingWhyAndRetrying()
    {
        await using var app = new FaultInjectingApiFactory();
        app.Faults.Unreachable = true;

        var client = app.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var graph = (await ready.ReadJsonAsync()).GetProperty("checks").GetProperty("graph");
        Assert.Equal("Unhealthy", graph.GetProperty("status").GetString());
        Assert.Contains(app.Faults.Reason, graph.GetProperty("description").GetString());
        Assert.Contains("retrying at", graph.GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task UntilTheGraphIsLoadedGraphQLAnswers503WithTheReasonRatherThanAnEmptyDirectory()
    {
        await using var app = new FaultInjectingApiFactory();
        app.Faults.Unreachable = true;
        var client = app.CreateClient();

        var response = await client.PostGraphQLAsync(Body($$"""{ node(id: "{{SeededPlace}}") { id } }"""));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        var error = (await response.ReadJsonAsync()).GetProperty("errors")[0];
        Assert.StartsWith("The service is not ready yet. The graph could not be loaded from the store", error.GetProperty("message").GetString());
        Assert.Contains(app.Faults.Reason, error.GetProperty("message").GetString());
        Assert.Equal("SERVICE_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task WhenTheStoreComesBackTheRetriedLoadSeedsItAndTheServiceBecomesReady()
    {
        await using var app = new FaultInjectingApiFactory();
        app.Faults.Unreachable = true;
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);

        app.Faults.Unreachable = false;

        await Eventually.HoldsAsync(async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK,
            Deadline, "/health/ready answers 200 once the store answers");
        Assert.Equal(1, await app.Faults.Real.CurrentSequenceAsync());
        Assert.Equal(SeededPlace, await NodeIdAsync(client, SeededPlace));
    }

    [Fact]
    public async Task AStoreLostWhileRunningLeavesReadsWorkingFromMemoryAndReadinessDegradedSayingWhy()
    {
        await using var app = new FaultInjectingApiFactory();
        var client = app.CreateClient();

        app.Faults.Unreachable = true;

        Assert.Equal(SeededPlace, await NodeIdAsync(client, SeededPlace));
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = await ready.ReadJsonAsync();
        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        var store = report.GetProperty("checks").GetProperty("store");
        Assert.Equal("Degraded", store.GetProperty("status").GetString());
        Assert.Contains(app.Faults.Reason, store.GetProperty("description").GetString());
        Assert.Contains("writes fail until the store is back", store.GetProperty("description").GetString());
        var replication = report.GetProperty("checks").GetProperty("replication");
        Assert.Equal("Degraded", replication.GetProperty("status").GetString());
        Assert.StartsWith("Cannot read the change log", replication.GetProperty("description").GetString());
        Assert.Equal("Healthy", report.GetProperty("checks").GetProperty("graph").GetProperty("status").GetString());
    }

    [Fact]
    public async Task AWriteWhileTheStoreIsLostFailsSayingTheStoreIsUnavailableAndNothingWasWritten()
    {
        await using var app = new FaultInjectingApiFactory();
        app.CreateClient();
        var graphService = app.Services.GetRequiredService<GraphService>();
        app.Faults.Unreachable = true;

        var failure = await Assert.ThrowsAsync<StoreUnavailableException>(() => graphService.WriteAsync("test",
            [new PutNode(new Organisation { Id = "org-never-written", Name = "Never written" })]));

        Assert.Equal($"The store is unavailable: {app.Faults.Reason.Replace("The database", "the database").TrimEnd('.')}; nothing was written.", failure.Message);
        app.Faults.Unreachable = false;
        Assert.Equal(1, await app.Faults.Real.CurrentSequenceAsync());
    }

    [Fact]
    public async Task AMutationWhileTheStoreIsLostAnswersTheGraphQLErrorStoreUnavailableAndWritesNothing()
    {
        const string id = "org-durham-university";
        await using var app = new FaultInjectingApiFactory();
        var staff = Caller.Staff(app.CreateClient());
        var version = (await staff.DataAsync("organisation", "query($id: ID!) { organisation(id: $id) { version } }", new { id }))
            .GetProperty("version").GetInt32();
        app.Faults.Unreachable = true;

        var json = await staff.PostAsync(
            "mutation($input: UpdateOrganisationProfileInput!) { updateOrganisationProfile(input: $input) { errors { code } } }",
            new { input = new { id, version, shortName = "Never written" } });

        var error = json.GetProperty("errors")[0];
        Assert.Equal($"The store is unavailable: {app.Faults.Reason.Replace("The database", "the database").TrimEnd('.')}; nothing was written.",
            error.GetProperty("message").GetString());
        Assert.Equal("STORE_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
        app.Faults.Unreachable = false;
        Assert.Equal(1, await app.Faults.Real.CurrentSequenceAsync());
    }

    [Fact]
    public async Task WhenALostStoreReturnsTheInstanceCatchesUpWithWhatOthersWroteMeanwhileAndIsHealthyAgain()
    {
        await using var app = new FaultInjectingApiFactory();
        var client = app.CreateClient();
        app.Faults.Unreachable = true;
        await Eventually.HoldsAsync(async () => (await (await client.GetAsync("/health/ready")).ReadJsonAsync())
                .GetProperty("status").GetString() == "Degraded",
            Deadline, "readiness to report the store lost");

        // Another instance (here a writer on the same file) goes on writing while this one cannot reach the store.
        await ThirdWriter.PutOrganisationAsync(app.DataDirectory, "org-written-meanwhile", "Written meanwhile");
        Assert.Null(await NodeIdAsync(client, "org-written-meanwhile"));

        app.Faults.Unreachable = false;

        await Eventually.HoldsAsync(async () => await NodeIdAsync(client, "org-written-meanwhile") is not null,
            Deadline, "the organisation written meanwhile to be readable here");
        await Eventually.HoldsAsync(async () => (await (await client.GetAsync("/health/ready")).ReadJsonAsync())
                .GetProperty("status").GetString() == "Healthy",
            Deadline, "readiness to be Healthy again");
    }

    private static async Task<string?> NodeIdAsync(HttpClient client, string id)
    {
        var response = await client.PostGraphQLAsync(Body("query($id: ID!) { node(id: $id) { id } }", new { id }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var node = (await response.ReadJsonAsync()).GetProperty("data").GetProperty("node");
        return node.ValueKind == JsonValueKind.Null ? null : node.GetProperty("id").GetString();
    }
}
