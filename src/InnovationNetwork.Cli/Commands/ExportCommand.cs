using System.CommandLine;
using System.Text;
using InnovationNetwork.Cli.Export;
using InnovationNetwork.Cli.Store;

namespace InnovationNetwork.Cli.Commands;

/// <summary><c>export --format jsonl|csv --out path</c>: the whole graph, in a stable order.</summary>
internal static class ExportCommand
{
    public enum ExportFormat
    {
        /// <summary>One change per line (putNode, then link): replayable into an empty store.</summary>
        Jsonl,

        /// <summary>A folder of CSV files, one per label, and relationships.csv.</summary>
        Csv,
    }

    private static readonly Option<ExportFormat> Format = new("--format")
    {
        Description = "jsonl: one JSON change per line (nodes, then relationships); csv: a folder with one file per label and relationships.csv.",
        DefaultValueFactory = _ => ExportFormat.Jsonl,
    };

    private static readonly Option<string> Out = new("--out")
    {
        Description = "For jsonl a file ('-' for standard output); for csv a folder, created if missing.",
        Required = true,
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("export", "Export the whole graph as JSON lines or CSV files.") { Format, Out };
        command.Subcommands.Add(ExportClustersCommand.Create(context));
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(context.Console, async () =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(GlobalOptions.DataDirectory)!, cancellationToken: cancellationToken);
            var output = parse.GetValue(Out)!;
            if (parse.GetValue(Format) == ExportFormat.Csv)
            {
                var files = CsvExport.Write(store.Graph, output);
                context.Console.Line($"Exported to {Path.GetFullPath(output)}: {string.Join(", ", files.Select(f => $"{Path.GetFileName(f.File)} ({f.Rows:N0})"))}.");
                return CliExitCodes.Ok;
            }

            if (output == "-")
            {
                await GraphExport.WriteJsonLinesAsync(store.Graph, context.Console.Out, cancellationToken);
                return CliExitCodes.Ok;
            }

            await using (var writer = new StreamWriter(output, false, new UTF8Encoding(false)))
            {
                var (nodes, relationships) = await GraphExport.WriteJsonLinesAsync(store.Graph, writer, cancellationToken);
                context.Console.Line($"Exported {nodes:N0} nodes and {relationships:N0} relationships to {Path.GetFullPath(output)}.");
            }

            return CliExitCodes.Ok;
        }));
        return command;
    }
}
