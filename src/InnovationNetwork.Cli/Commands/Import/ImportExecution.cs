using System.CommandLine;
using InnovationNetwork.Cli.Output;
using InnovationNetwork.Cli.Store;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Imports;
using InnovationNetwork.Core.Seed;
using InnovationNetwork.Search;

namespace InnovationNetwork.Cli.Commands.Import;

/// <summary>
/// What every import command does around its own reading and planning: open the store, run the import with
/// progress (seeding an empty store first, since imports link to the seed's places and specialisms), print
/// the summary, bring the search index in step, and choose the exit code: 0 when no row was skipped, 2 when some were.
/// </summary>
internal static class ImportExecution
{
    public delegate Func<InnovationGraph, (ImportPlan, IReadOnlyList<(string File, int Rows)>)> PlannerFactory(
        string seedDirectory, Source source, ImportProblems problems);

    public static Task<int> RunAsync(CliContext context, ParseResult parse, string name, string sourceName, PlannerFactory planner, CancellationToken cancellationToken) =>
        CommandRunner.RunAsync(context.Console, async () =>
        {
            var console = context.Console;
            var seedDirectory = GlobalOptions.SeedDirectoryOf(parse);
            var problems = new ImportProblems(parse.GetValue(ImportCommand.Strict));
            var source = new Source(sourceName, context.Clock.GetUtcNow());

            // Files are opened and their headers checked before the store is touched, so a missing or
            // malformed file leaves even an empty store as it was.
            var plan = planner(seedDirectory, source, problems);
            var dataDirectory = parse.GetValue(GlobalOptions.DataDirectory)!;
            await using var store = await CliStore.OpenAsync(dataDirectory, cancellationToken: cancellationToken);
            var seed = store.Graph.Sequence == 0 ? SeedLoader.Load(seedDirectory, source.At) : null;
            var outcome = await ImportProgress.RunAsync(console, progress => ImportRunner.RunAsync(
                store.Service,
                name,
                source,
                problems,
                plan,
                parse.GetValue(ImportCommand.BatchSize),
                (written, total) =>
                {
                    progress(written, total);
                    context.AfterBatch?.Invoke(written);
                },
                seed,
                cancellationToken));

            if (outcome.Seeded > 0)
            {
                console.Line($"The store was empty: wrote the seed from {seedDirectory} ({outcome.Seeded:N0} changes) first.");
            }

            ImportReport.Write(console, outcome, store.Store.FilePath);
            IndexWhatWasWritten(console, store, dataDirectory, seedDirectory);
            return outcome.Skipped == 0 ? CliExitCodes.Ok : CliExitCodes.RowsSkipped;
        });

    /// <summary>
    /// Store and search index agree when an import ends: the index takes in what was written (or, after an
    /// interrupted run, what earlier runs wrote). A running API holds the index; it takes the changes in from
    /// the change log itself.
    /// </summary>
    private static void IndexWhatWasWritten(CliConsole console, CliStore store, string dataDirectory, string seedDirectory)
    {
        try
        {
            CliSearchIndex.BringInStep(console, store, dataDirectory, seedDirectory);
        }
        catch (SearchIndexException)
        {
            console.Line("The search index is open in a running service, which indexes these changes from the change log itself.");
        }
    }
}
