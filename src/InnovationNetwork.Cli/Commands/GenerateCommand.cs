using System.CommandLine;
using System.Diagnostics;
using InnovationNetwork.Cli.Store;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Imports.Synthetic;
using InnovationNetwork.Core.Seed;

namespace InnovationNetwork.Cli.Commands;

/// <summary>
/// <c>generate --organisations N --seed S</c>: a deterministic synthetic directory for scale tests and
/// benchmarks, written into an empty store (the seed is written first).
/// </summary>
internal static class GenerateCommand
{
    public const string Actor = "generate";

    private static readonly Option<int> Organisations = new("--organisations")
    {
        Description = $"How many organisations ({SyntheticOptions.MinOrganisations:N0} to {SyntheticOptions.MaxOrganisations:N0}); people, capabilities, projects and challenges scale with it.",
        Required = true,
    };

    private static readonly Option<int> Seed = new("--seed")
    {
        Description = "The random seed; the same seed and size give the same directory.",
        DefaultValueFactory = _ => 1,
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("generate", "Write a deterministic synthetic directory into an empty store, for scale tests and benchmarks.")
        {
            Organisations,
            Seed,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(context.Console, async () =>
        {
            var count = parse.GetValue(Organisations);
            if (count is < SyntheticOptions.MinOrganisations or > SyntheticOptions.MaxOrganisations)
            {
                throw new CliUsageException($"--organisations must be between {SyntheticOptions.MinOrganisations:N0} and {SyntheticOptions.MaxOrganisations:N0}.");
            }

            var seedDirectory = GlobalOptions.SeedDirectoryOf(parse);
            var seed = SeedLoader.Load(seedDirectory, context.Clock.GetUtcNow());
            var directory = new SyntheticDirectory(new SyntheticOptions(count, parse.GetValue(Seed)), seed.OfType<PutNode>().Select(p => p.Node));

            // No graph is loaded: the directory is valid by construction, so it goes to the store directly,
            // sparing the validation and in-memory copy that dominate the cost of writes through GraphService.
            await using var store = await CliStore.OpenAsync(parse.GetValue(GlobalOptions.DataDirectory)!, load: false, cancellationToken);
            var clock = Stopwatch.StartNew();
            var (batches, changes) = await SyntheticWriter.WriteAsync(store.Store, directory, seed, context.Console.Line, cancellationToken);
            context.Console.Line($"Generated {count:N0} organisations (seed {directory.Options.Seed}) into {store.Store.FilePath}: " +
                                 $"{changes:N0} changes in {batches} batches, {clock.Elapsed.TotalSeconds:0.0} s.");
            return CliExitCodes.Ok;
        }));
        return command;
    }
}
