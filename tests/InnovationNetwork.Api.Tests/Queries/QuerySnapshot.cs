using System.Runtime.CompilerServices;
using System.Text.Json;
using InnovationNetwork.Api.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace InnovationNetwork.Api.Tests.Queries;

/// <summary>Runs a query over real HTTP and matches the whole response against a committed snapshot.</summary>
internal static class QuerySnapshot
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true };

    /// <summary>
    /// Snapshooter cannot infer a name inside async helpers, so the snapshot is named here and kept in
    /// __snapshots__ beside the calling test file.
    /// </summary>
    public static async Task<JsonElement> MatchAsync(HttpClient client, string query, string snapshotName, object? variables = null,
        [CallerFilePath] string testFile = "")
    {
        var response = await client.PostGraphQLAsync(GraphQLHttpClientExtensions.Body(query, variables));
        var json = await response.ReadJsonAsync();
        Snapshot.Match(JsonSerializer.Serialize(json, Pretty), new SnapshotFullName(snapshotName + ".snap", Path.GetDirectoryName(testFile)!));
        return json;
    }
}
