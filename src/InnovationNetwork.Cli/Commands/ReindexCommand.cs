using System.CommandLine;
using InnovationNetwork.Cli.Store;
using InnovationNetwork.Search;

namespace InnovationNetwork.Cli.Commands;

/// <summary>
/// <c>reindex [--rebuild]</c>: brings the search index under the data directory in step with the store, as
/// the API does at start-up (<see cref="CliSearchIndex"/>), or with --rebuild, builds it anew from the graph.
/// Refused while an API instance holds the same index open.
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
            try
            {
                if (parse.GetValue(Rebuild))
                {
                    CliSearchIndex.Delete(store, dataDirectory, seedDirectory);
                }

                CliSearchIndex.BringInStep(context.Console, store, dataDirectory, seedDirectory);
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
}
