using InnovationNetwork.Core.Imports;
using Spectre.Console;

namespace InnovationNetwork.Cli.Output;

/// <summary>The summary an import prints: rows read, what changed, what was skipped and why.</summary>
internal static class ImportReport
{
    /// <summary>Problems listed one by one before the rest are only counted.</summary>
    private const int Listed = 20;

    public static void Write(CliConsole console, ImportOutcome outcome, string storeFile)
    {
        var c = outcome.Changes;
        var files = string.Join(", ", outcome.Files.Select(f => $"{Path.GetFileName(f.File)} ({f.Rows:N0} rows)"));
        console.Line($"Import {outcome.Name} into {storeFile}: read {files}.");

        var table = new Table().Border(console.Rich ? TableBorder.Rounded : TableBorder.Ascii).AddColumn("").AddColumn(new TableColumn("nodes").RightAligned()).AddColumn(new TableColumn("relationships").RightAligned());
        table.AddRow("created / added", $"{c.NodesCreated:N0}", $"{c.LinksAdded:N0}");
        table.AddRow("updated / changed", $"{c.NodesUpdated:N0}", $"{c.LinksChanged:N0}");
        table.AddRow("removed", "0", $"{c.LinksRemoved:N0}");
        table.AddRow("unchanged", $"{c.NodesUnchanged:N0}", $"{c.LinksUnchanged:N0}");
        console.Ansi.Write(table);

        console.Line(outcome.ChangedNothing
            ? $"Nothing changed: the graph already holds everything these files say ({Seconds(outcome.ReadTime)} reading and comparing)."
            : $"Wrote {c.Changes.Count:N0} changes in {outcome.Batches} batch{(outcome.Batches == 1 ? "" : "es")} " +
              $"({Seconds(outcome.ReadTime)} reading and planning, {Seconds(outcome.WriteTime)} writing).");

        if (outcome.Skipped == 0)
        {
            console.Line("No rows were skipped.");
            return;
        }

        console.Line($"Skipped {outcome.Skipped:N0} row{(outcome.Skipped == 1 ? "" : "s")}:");
        var problems = new ImportProblems(strict: false);
        foreach (var problem in outcome.Problems)
        {
            problems.Add(problem);
        }

        foreach (var (kind, count, _) in problems.ByKind())
        {
            console.Line($"  {count,6:N0}  {kind}");
        }

        foreach (var problem in outcome.Problems.Take(Listed))
        {
            console.Line($"  {problem}");
        }

        if (outcome.Skipped > Listed)
        {
            console.Line($"  … and {outcome.Skipped - Listed:N0} more.");
        }
    }

    private static string Seconds(TimeSpan time) => $"{time.TotalSeconds:0.0} s";
}
