using System.CommandLine;
using InnovationNetwork.Cli.Store;

namespace InnovationNetwork.Cli.Commands;

/// <summary><c>seed</c>: write the curated seed into an empty store, as the API does on its first start.</summary>
internal static class SeedCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("seed", "Write the seed (places, specialisms, the region's organisations …) into an empty store.");
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(context.Console, async () =>
        {
            var seedDirectory = GlobalOptions.SeedDirectoryOf(parse);
            await using var store = await CliStore.OpenAsync(parse.GetValue(GlobalOptions.DataDirectory)!, cancellationToken: cancellationToken);
            var written = await store.SeedIfEmptyAsync(seedDirectory, context.Clock.GetUtcNow(), cancellationToken);
            if (written == 0)
            {
                // Not an error: seeding is for empty stores, and this one already holds the seed or more.
                context.Console.Line($"The store {store.Store.FilePath} is not empty (change-log sequence {store.Graph.Sequence}); the seed is only written into an empty store.");
                return CliExitCodes.Ok;
            }

            context.Console.Line($"Wrote the seed from {seedDirectory} into {store.Store.FilePath}: {store.Graph.NodeCount:N0} nodes ({written:N0} changes).");
            return CliExitCodes.Ok;
        }));
        return command;
    }
}
