using System.Net;
using System.Text.Json;
using InnovationNetwork.Api.Tests.Infrastructure;
using InnovationNetwork.Core.Graph;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using static InnovationNetwork.Api.Tests.Infrastructure.GraphQLHttpClientExtensions;

namespace InnovationNetwork.Api.Tests.Replication;

/// <summary>
/// The SQLite file restored from a backup under a running instance (SQLite's online backup API, which
/// <c>sqlite3 .backup</c> and <c>.restore</c> use): the instance's graph is then "from the future", or on
/// another history than the store's. Either way a clear error and a full reload, never silent divergence.
/// </summary>
public sealed class StoreRestoredTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AStoreRestoredBehindTheGraphIsReportedAndTheGraphReloadedFromIt()
    {
        await using var app = NewApp(pollInterval: "00:00:00.1");
        var client = app.CreateClient();
        var backup = Path.Combine(app.DataDirectory, "backup.db");
        Copy(from: app.DatabaseFile, to: backup);
        await ThirdWriter.PutOrganisationAsync(app.DataDirectory, "org-after-the-backup", "After the backup");
        await Eventually.HoldsAsync(() => HasNodeAsync(client, "org-after-the-backup"), Deadline,
            "the organisation written after the backup to be readable");

        Copy(from: backup, to: app.DatabaseFile);

        var graphService = app.Services.GetRequiredService<GraphService>();
        await Eventually.HoldsAsync(() => Task.FromResult(graphService.LastReload is not null), Deadline,
            "the graph to be reloaded from the restored store");
        Assert.False(await HasNodeAsync(client, "org-after-the-backup"));
        Assert.Equal(GraphReloadReason.StoreBehindGraph, graphService.LastReload?.Reason);
        Assert.Equal((2L, 1L, 1L), (graphService.LastReload!.GraphSequence, graphService.LastReload.StoreSequence, graphService.Graph.Sequence));
        var replication = (await (await client.GetAsync("/health/ready")).ReadJsonAsync()).GetProperty("checks").GetProperty("replication");
        Assert.Equal("Healthy", replication.GetProperty("status").GetString());
        Assert.Contains("restored from a backup", replication.GetProperty("data").GetProperty("lastReload").GetString());
    }

    [Fact]
    public async Task AStoreRestoredAndWrittenToSinceIsFoundByItsLastBatchAndTheGraphReloaded()
    {
        // The tailer is kept out of the way, so the restore and the new writes both land between two catch-ups.
        await using var app = NewApp(pollInterval: "01:00:00");
        var client = app.CreateClient();
        var graphService = app.Services.GetRequiredService<GraphService>();
        var backup = Path.Combine(app.DataDirectory, "backup.db");
        Copy(from: app.DatabaseFile, to: backup);
        await ThirdWriter.PutOrganisationAsync(app.DataDirectory, "org-lost-with-the-restore", "Lost with the restore");
        await graphService.CatchUpAsync();
        Assert.True(await HasNodeAsync(client, "org-lost-with-the-restore"));

        Copy(from: backup, to: app.DatabaseFile);
        await ThirdWriter.PutOrganisationAsync(app.DataDirectory, "org-other-history-1", "Other history 1");
        await ThirdWriter.PutOrganisationAsync(app.DataDirectory, "org-other-history-2", "Other history 2");
        var result = await graphService.CatchUpAsync();

        Assert.Equal(GraphReloadReason.ChangeLogRewritten, result.Reload?.Reason);
        Assert.Contains("The store's batch 2", result.Reload!.Message);
        Assert.Equal(3, graphService.Graph.Sequence);
        Assert.False(await HasNodeAsync(client, "org-lost-with-the-restore"));
        Assert.True(await HasNodeAsync(client, "org-other-history-2"));
    }

    private static ApiFactory NewApp(string pollInterval) => new ApiFactory()
        .With("Replication:PollInterval", pollInterval)
        .With("Search:InferSpecialisms", "false");

    private static async Task<bool> HasNodeAsync(HttpClient client, string id)
    {
        var response = await client.PostGraphQLAsync(Body("query($id: ID!) { node(id: $id) { id } }", new { id }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("data").GetProperty("node").ValueKind != JsonValueKind.Null;
    }

    /// <summary>SQLite's online backup: a consistent copy of a live database, into a file that may be live too.</summary>
    private static void Copy(string from, string to)
    {
        using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = from, Pooling = false }.ToString());
        using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = to, Pooling = false }.ToString());
        source.Open();
        destination.Open();
        source.BackupDatabase(destination);
    }
}
