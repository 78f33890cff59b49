using InnovationNetwork.Cli.Output;
using InnovationNetwork.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationNetwork.Cli.Store;

/// <summary>
/// The search index under a data directory (<c>index/</c>), opened by the same AddInnovationNetworkSearch the
/// API uses and brought in step with the store as the API does at start-up: kept when current, caught up from
/// the change log when behind, rebuilt when it cannot be. Its single-writer lock refuses a second process.
/// </summary>
internal static class CliSearchIndex
{
    public static string DirectoryOf(string dataDirectory) => Path.GetFullPath(Path.Combine(dataDirectory, "index"));

    /// <summary>Brings the index in step with <paramref name="store"/>'s graph and says so in one line.</summary>
    /// <exception cref="SearchIndexException">Another process (a running API) holds the index.</exception>
    public static void BringInStep(CliConsole console, CliStore store, string dataDirectory, string seedDirectory)
    {
        using var services = Services(store, dataDirectory, seedDirectory);
        var index = services.GetRequiredService<LuceneIndex>();
        index.OnLoaded(store.Graph);
        var startup = index.LastStartup!;
        var what = startup.Kind switch
        {
            IndexStartupKind.UpToDate => "it was up to date",
            IndexStartupKind.CaughtUp => $"caught up from {startup.FromSequence:N0}",
            _ => "rebuilt",
        };
        console.Line($"The search index {DirectoryOf(dataDirectory)} is at change-log sequence {store.Graph.Sequence:N0} " +
                     $"({what} in {startup.Took.TotalSeconds:0.0} s): {index.DocumentCount:N0} documents.");
    }

    /// <summary>Deletes the index, after opening it to make sure no other process holds it.</summary>
    public static void Delete(CliStore store, string dataDirectory, string seedDirectory)
    {
        using (var services = Services(store, dataDirectory, seedDirectory))
        {
            services.GetRequiredService<LuceneIndex>();
        }

        Directory.Delete(DirectoryOf(dataDirectory), recursive: true);
    }

    private static ServiceProvider Services(CliStore store, string dataDirectory, string seedDirectory)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Store:DataDirectory"] = dataDirectory,
                ["Seed:Directory"] = seedDirectory,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<Core.Ports.IGraphStore>(store.Store);
        services.AddInnovationNetworkSearch(configuration);
        return services.BuildServiceProvider();
    }
}
