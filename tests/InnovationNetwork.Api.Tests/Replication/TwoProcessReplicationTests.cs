using System.Diagnostics;
using System.Net;
using System.Text.Json;
using InnovationNetwork.Api.Tests.Auth;
using InnovationNetwork.Storage.Sqlite;
using Xunit.Abstractions;
using static InnovationNetwork.Api.Tests.Infrastructure.GraphQLHttpClientExtensions;

namespace InnovationNetwork.Api.Tests.Replication;

/// <summary>
/// Several instances for real: two API processes on one SQLite file, each with its graph in memory, kept in step
/// by tailing the change log at the default interval (1 s). Each test warms the processes up with a few reads
/// first, so the delays measured are replication, not a first request's compilation.
/// </summary>
public sealed class TwoProcessReplicationTests(TwoServiceProcesses services, ITestOutputHelper output) : IClassFixture<TwoServiceProcesses>
{
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

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
    public async Task AnUpdateThroughOneProcessIsReadableThroughTheOtherWithinTwoSeconds()
    {
        const string id = "org-durham-university";
        var throughA = Caller.Staff(services.A.Client, "editor-on-a");
        var throughB = Caller.Anonymous(services.B.Client);
        var version = await VersionAsync(throughA, id);
        await WarmUpAsync(services.B);

        var updated = await throughA.MutateAsync("updateOrganisationProfile", "organisation",
            new { id, version, shortName = "Durham (via A)" }, "version shortName");
        var answered = Stopwatch.StartNew();

        Assert.Equal("Durham (via A)", updated.GetProperty("shortName").GetString()); // Read-your-writes on A.
        await Eventually.HoldsAsync(async () => await VersionAsync(throughB, id) == version + 1, Deadline,
            "the update through A to be readable through B", TimeSpan.FromMilliseconds(10));
        var delay = answered.Elapsed;
        output.WriteLine($"An update through A was readable through B {delay.TotalMilliseconds:0} ms after A answered (poll interval 1 s).");
        Assert.True(delay < Promise, $"readable through B {delay.TotalMilliseconds:0} ms after A answered");
    }

    [Fact]
    public async Task AWriteToTheSharedStoreIsVisibleThroughBothProcessesWithinTwoSeconds()
    {
        const string id = "org-replicated-through-the-log";
        await Task.WhenAll(WarmUpAsync(services.A), WarmUpAsync(services.B));

        // A third writer on the same file (as an import from the CLI would be).
        await ThirdWriter.PutOrganisationAsync(services.DataDirectory, id, "Replicated through the log");
        var written = Stopwatch.StartNew();
        var delays = await Task.WhenAll(VisibleAsync(services.A, id, written), VisibleAsync(services.B, id, written));

        output.WriteLine($"A write by a third writer was readable through A after {delays[0].TotalMilliseconds:0} ms, through B after {delays[1].TotalMilliseconds:0} ms (poll interval 1 s).");
        Assert.All(delays, delay => Assert.True(delay < Promise, $"visible after {delay.TotalMilliseconds:0} ms"));
    }

    [Fact]
    public async Task ConcurrentUpdatesOfOneRecordThroughBothProcessesGiveExactlyOneVersionConflictAndLoseNoUpdate()
    {
        const string id = "org-northumbria-university";
        const string description = "Alice's words, through A.";
        const string shortName = "NU (via B)";
        var alice = Caller.Staff(services.A.Client, "alice-on-a");
        var bob = Caller.Staff(services.B.Client, "bob-on-b");
        var version = await VersionAsync(alice, id);
        await Eventually.HoldsAsync(async () => await VersionAsync(bob, id) == version, Deadline, "B to hold the version A read");

        // Both have read the same version; they write at once, each through its own process.
        var answers = await Task.WhenAll(
            alice.ErrorsOfAsync("updateOrganisationProfile", new { id, version, description }),
            bob.ErrorsOfAsync("updateOrganisationProfile", new { id, version, shortName }));

        Assert.Single(answers, errors => errors.GetArrayLength() == 0);
        var lost = Assert.Single(answers, errors => errors.GetArrayLength() > 0);
        Assert.Equal("VERSION_CONFLICT", Assert.Single(lost.EnumerateArray()).GetProperty("code").GetString());

        // The loser's process caught up on the conflict, so the loser rereads there and writes on top.
        var aliceWon = answers[0].GetArrayLength() == 0;
        Assert.Equal(version + 1, await VersionAsync(aliceWon ? bob : alice, id));
        var retry = aliceWon
            ? await bob.ErrorsOfAsync("updateOrganisationProfile", new { id, version = version + 1, shortName })
            : await alice.ErrorsOfAsync("updateOrganisationProfile", new { id, version = version + 1, description });
        Assert.Equal(0, retry.GetArrayLength());

        // Both edits are kept, and both processes say so.
        foreach (var reader in new[] { alice, bob })
        {
            await Eventually.HoldsAsync(async () => await VersionAsync(reader, id) == version + 2, Deadline, $"{reader.Name} to see both updates");
            var final = await reader.DataAsync("organisation", "query($id: ID!) { organisation(id: $id) { description shortName } }", new { id });
            Assert.Equal(description, final.GetProperty("description").GetString());
            Assert.Equal(shortName, final.GetProperty("shortName").GetString());
        }
    }

    private static async Task<int> VersionAsync(Caller caller, string id) =>
        (await caller.DataAsync("organisation", "query($id: ID!) { organisation(id: $id) { version } }", new { id })).GetProperty("version").GetInt32();

    /// <summary>A few reads, so the first request's compilation is not counted as replication delay.</summary>
    private static async Task WarmUpAsync(ServiceProcess service)
    {
        for (var i = 0; i < 5; i++)
        {
            await NodeIdAsync(service.Client, "place-E06000057");
        }
    }

    /// <summary>Polls the process every 10 ms until the node is there, and returns how long after the write that was.</summary>
    private static async Task<TimeSpan> VisibleAsync(ServiceProcess service, string id, Stopwatch written)
    {
        await Eventually.HoldsAsync(async () => await NodeIdAsync(service.Client, id) is not null, Deadline,
            $"'{id}' to be readable through process {service.Name}", TimeSpan.FromMilliseconds(10));
        return written.Elapsed;
    }

    private static async Task<string?> NodeIdAsync(HttpClient client, string id)
    {
        var response = await client.PostGraphQLAsync(Body("query($id: ID!) { node(id: $id) { id } }", new { id }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var node = (await response.ReadJsonAsync()).GetProperty("data").GetProperty("node");
        return node.ValueKind == JsonValueKind.Null ? null : node.GetProperty("id").GetString();
    }
}
