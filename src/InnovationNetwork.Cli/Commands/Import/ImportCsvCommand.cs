using System.CommandLine;
using InnovationNetwork.Cli.Csv;
using InnovationNetwork.Core.Imports;
using InnovationNetwork.Core.Imports.Spreadsheets;

namespace InnovationNetwork.Cli.Commands.Import;

/// <summary><c>import csv --organisations … --people … --projects … --capabilities …</c>, in the seed/templates formats.</summary>
internal static class ImportCsvCommand
{
    private static readonly Option<FileInfo?> Organisations = new("--organisations") { Description = "Organisations, as seed/templates/organisations.csv." };
    private static readonly Option<FileInfo?> People = new("--people") { Description = "People, as seed/templates/people.csv." };
    private static readonly Option<FileInfo?> Projects = new("--projects") { Description = "Projects, as seed/templates/projects.csv." };
    private static readonly Option<FileInfo?> Capabilities = new("--capabilities") { Description = "Capabilities, as seed/templates/capabilities.csv." };

    public static Command Create(CliContext context)
    {
        var command = new Command("csv", "Import a LEP's own spreadsheets of organisations, people, projects and capabilities (comma-separated, UTF-8).")
        {
            Organisations, People, Projects, Capabilities,
        };
        command.SetAction((parse, cancellationToken) => ImportExecution.RunAsync(
            context, parse, SpreadsheetImport.Name, SpreadsheetImport.SourceName,
            (seedDirectory, source, problems) =>
            {
                ImportTable? Open(Option<FileInfo?> option) =>
                    parse.GetValue(option) is { } file ? CsvTables.Open(file.ToString(), ',', problems) : null;

                var sheets = new SpreadsheetImport.Sheets(Open(Organisations), Open(People), Open(Projects), Open(Capabilities));
                if (!sheets.All.Any())
                {
                    throw new CliUsageException("Give at least one of --organisations, --people, --projects and --capabilities (templates in seed/templates).");
                }

                return SpreadsheetImport.Planner(sheets, seedDirectory, source, problems);
            },
            cancellationToken));
        return command;
    }
}
