using System.Diagnostics;
using System.Net;
using System.Text.Json;
using InnovationNetwork.Storage.Sqlite;
using Xunit.Abstractions;
using static InnovationNetwork.Api.Tests.Infrastructure.GraphQLHttpClientExtensions;

namespace InnovationNetwork.Api.Tests.Replication;

/// <summary>
/// Several instances for real: two API processes on one SQLite file, each with its graph in memory, kept in step
/// by tailing the change log at the default interval (1 s).
/// </summary>
public sealed class TwoProcessReplicationTests(TwoServiceProcesses services, ITestOutputHelper output) : IClassFixture<TwoServiceProcesses>
{
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task TheSecondProcessFindsTheStoreSeededAndWritesNoSecondSeed()
    {
        await using var store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = services.DataDirectory, Pooling = false });

        var batches = await store.ReadChangesAsync(0, 10_000);

        Assert.Single(batches, b => b.Actor == "seed");
        Assert.Contains("Wrote the seed", services.A.Output);
        Assert.DoesNotContain("Wrote the seed", services.B.Output);
        Assert.Contains("Loaded the graph", services.B.Output);
    }

    [Fact]
    public async Task AWriteToTheSharedStoreIsVisibleThroughBothProcessesWithinTwoSeconds()
    {
        const string id = "org-replicated-through-the-log";

        var latency = await Task.WhenAll(RequestLatencyAsync(services.A), RequestLatencyAsync(services.B));
        output.WriteLine($"A read's round trip before the write (median of 5): A {latency[0].TotalMilliseconds:0} ms, B {latency[1].TotalMilliseconds:0} ms.");

        await ThirdWriter.PutOrganisationAsync(services.DataDirectory, id, "Replicated through the log");
        var written = Stopwatch.StartNew();
        var delays = await Task.WhenAll(
            VisibleAsync(services.A, id, written),
            VisibleAsync(services.B, id, written));

        output.WriteLine($"Replication delay after the commit: A {delays[0].TotalMilliseconds:0} ms, B {delays[1].TotalMilliseconds:0} ms (poll interval 1 s).");
        Assert.All(delays, delay => Assert.True(delay < Promise, $"visible after {delay.TotalMilliseconds:0} ms"));
    }

    private static async Task<TimeSpan> RequestLatencyAsync(ServiceProcess service)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            await NodeNameAsync(service.Client, "place-E06000057");
            times.Add(clock.Elapsed);
        }

        return times.Order().ElementAt(2);
    }

    /// <summary>Polls the process every 10 ms until the node is there, and returns how long after the write that was.</summary>
    private static async Task<TimeSpan> VisibleAsync(ServiceProcess service, string id, Stopwatch written)
    {
        await Eventually.HoldsAsync(async () => await NodeNameAsync(service.Client, id) is not null, TimeSpan.FromSeconds(10),
            $"'{id}' to be readable through process {service.Name}", TimeSpan.FromMilliseconds(10));
        return written.Elapsed;
    }

    private static async Task<string?> NodeNameAsync(HttpClient client, string id)
    {
        var response = await client.PostGraphQLAsync(Body("query($id: ID!) { node(id: $id) { id ... on Organisation { name version } } }", new { id }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var node = (await response.ReadJsonAsync()).GetProperty("data").GetProperty("node");
        return node.ValueKind == JsonValueKind.Null ? null : node.TryGetProperty("name", out var name) ? name.GetString() : node.GetProperty("id").GetString();
    }
}
