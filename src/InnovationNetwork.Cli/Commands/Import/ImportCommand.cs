using System.CommandLine;

namespace InnovationNetwork.Cli.Commands.Import;

/// <summary><c>import cordis|esif|csv</c>: fill the directory from open data and spreadsheets, idempotently.</summary>
internal static class ImportCommand
{
    public static readonly Option<bool> Strict = new("--strict")
    {
        Description = "Stop at the first bad row and write nothing (by default bad rows are skipped, counted and explained).",
        Recursive = true,
    };

    public static readonly Option<int> BatchSize = new("--batch-size")
    {
        Description = "Changes per atomic write; an interrupted import keeps its whole batches and a re-run completes it.",
        DefaultValueFactory = _ => Core.Imports.ImportWriter.DefaultBatchSize,
        Recursive = true,
    };

    public static Command Create(CliContext context)
    {
        BatchSize.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0)
            {
                result.AddError("--batch-size must be a positive number of changes.");
            }
        });
        return new Command("import", "Import open data or a spreadsheet; running the same import again changes nothing.")
        {
            Strict,
            BatchSize,
            ImportCordisCommand.Create(context),
            ImportEsifCommand.Create(context),
            ImportCsvCommand.Create(context),
        };
    }
}
