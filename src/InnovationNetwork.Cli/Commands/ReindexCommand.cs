using System.CommandLine;
using InnovationNetwork.Cli.Store;
using InnovationNetwork.Core.Ports;
using InnovationNetwork.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationNetwork.Cli.Commands;

/// <summary>
/// <c>reindex [--rebuild]</c>: brings the search index under the data directory in step with the store, as
/// the API does at start-up (kept when current, caught up from the change log when behind, rebuilt when it
/// cannot be), or with --rebuild, built anew from the graph. The index is built by the same
/// AddInnovationNetworkSearch the API uses; its single-writer lock makes this refuse while an API instance
/// holds the same index open.
/// </summary>
internal static class ReindexCommand
{
    private static readonly Option<bool> Rebuild = new("--rebuild")
    {
        Description = "Delete the index and build it anew from the graph, instead of catching it up.",
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("reindex", "Bring the search index (index/ under the data directory) in step with the store, or rebuild it.") { Rebuild };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(context.Console, async () =>
        {
            var dataDirectory = parse.GetValue(GlobalOptions.DataDirectory)!;
            var seedDirectory = GlobalOptions.SeedDirectoryOf(parse);
            await using var store = await CliStore.OpenAsync(dataDirectory, cancellationToken: cancellationToken);
            var indexDirectory = Path.GetFullPath(Path.Combine(dataDirectory, "index"));
            try
            {
                if (parse.GetValue(Rebuild))
                {
                    // Opened first so that an index another process holds is refused before anything is deleted.
                    using (var provider = Services(store.Store, dataDirectory, seedDirectory))
                    {
                        provider.GetRequiredService<LuceneIndex>();
                    }

                    Directory.Delete(indexDirectory, recursive: true);
                }

                using var services = Services(store.Store, dataDirectory, seedDirectory);
                var index = services.GetRequiredService<LuceneIndex>();
                index.OnLoaded(store.Graph);
                var startup = index.LastStartup!;
                context.Console.Line($"The search index {indexDirectory} is at change-log sequence {store.Graph.Sequence:N0} " +
                                     $"({startup.Kind switch { IndexStartupKind.UpToDate => "it was up to date", IndexStartupKind.CaughtUp => $"caught up from {startup.FromSequence:N0}", _ => "rebuilt" }} " +
                                     $"in {startup.Took.TotalSeconds:0.0} s): {index.DocumentCount:N0} documents.");
                return CliExitCodes.Ok;
            }
            catch (SearchIndexException e)
            {
                context.Console.Fail(e.Message);
                return CliExitCodes.Failed;
            }
        }));
        return command;
    }

    private static ServiceProvider Services(IGraphStore store, string dataDirectory, string seedDirectory)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Store:DataDirectory"] = dataDirectory,
                ["Seed:Directory"] = seedDirectory,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton(store);
        services.AddInnovationNetworkSearch(configuration);
        return services.BuildServiceProvider();
    }
}
