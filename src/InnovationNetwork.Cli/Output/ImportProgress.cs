using InnovationNetwork.Core.Imports;
using Spectre.Console;

namespace InnovationNetwork.Cli.Output;

/// <summary>
/// Shows an import's progress: in a terminal, a spinner while rows are read and checked, then a bar as
/// batches commit; otherwise one plain line per committed batch.
/// </summary>
internal static class ImportProgress
{
    public static async Task<ImportOutcome> RunAsync(CliConsole console, Func<Action<int, int>, Task<ImportOutcome>> run)
    {
        if (!console.Rich)
        {
            console.Line("Reading and checking rows …");
            return await run((written, total) => console.Line($"Wrote {written:N0} of {total:N0} changes."));
        }

        return await console.Ansi.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var reading = progress.AddTask("Reading and checking rows").IsIndeterminate();
                ProgressTask? writing = null;
                var outcome = await run((written, total) =>
                {
                    if (writing is null)
                    {
                        reading.Value = reading.MaxValue;
                        reading.StopTask();
                        writing = progress.AddTask("Writing batches", maxValue: total);
                    }

                    writing.Value = written;
                });
                reading.StopTask();
                writing?.StopTask();
                return outcome;
            });
    }
}
