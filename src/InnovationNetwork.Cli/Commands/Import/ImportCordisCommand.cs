using System.CommandLine;
using InnovationNetwork.Cli.Csv;
using InnovationNetwork.Core.Imports.Cordis;

namespace InnovationNetwork.Cli.Commands.Import;

/// <summary><c>import cordis --projects project.csv[.gz] --organisations organization.csv[.gz]</c>.</summary>
internal static class ImportCordisCommand
{
    private static readonly Option<FileInfo> Projects = new("--projects")
    {
        Description = "CORDIS project.csv (or .csv.gz): semicolon-separated, one row per project.",
        Required = true,
    };

    private static readonly Option<FileInfo> Organisations = new("--organisations", "--organizations")
    {
        Description = "CORDIS organization.csv (or .csv.gz): semicolon-separated, one row per participation of an organisation (PIC) in a project.",
        Required = true,
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("cordis", "Import EU FP7 / Horizon 2020 projects and their participants from CORDIS's CSV exports.")
        {
            Projects,
            Organisations,
        };
        command.SetAction((parse, cancellationToken) => ImportExecution.RunAsync(
            context, parse, CordisImport.Name, CordisImport.SourceName,
            (seedDirectory, source, problems) =>
            {
                // Both files are opened (and their headers checked) before the store is touched.
                var projects = CsvTables.Open(parse.GetValue(Projects)!.ToString(), ';', problems);
                var organisations = CsvTables.Open(parse.GetValue(Organisations)!.ToString(), ';', problems);
                return CordisImport.Planner(projects, organisations, seedDirectory, source, problems);
            },
            cancellationToken));
        return command;
    }
}
