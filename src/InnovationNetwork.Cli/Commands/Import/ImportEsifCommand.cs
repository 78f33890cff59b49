using System.CommandLine;
using InnovationNetwork.Cli.Csv;
using InnovationNetwork.Core.Imports.Esif;

namespace InnovationNetwork.Cli.Commands.Import;

/// <summary><c>import esif --file esif_ne_2014_2020.csv</c>.</summary>
internal static class ImportEsifCommand
{
    private static readonly Option<FileInfo> File = new("--file")
    {
        Description = "The ESIF projects file (comma-separated: beneficiary, project, funds, summary, start_date, end_date, eu_investment, project_cost, postcode, my_eu_id).",
        Required = true,
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("esif", "Import European Structural and Investment Funds projects and their beneficiaries.") { File };
        command.SetAction((parse, cancellationToken) => ImportExecution.RunAsync(
            context, parse, EsifImport.Name, EsifImport.SourceName,
            (seedDirectory, source, problems) =>
                EsifImport.Planner(CsvTables.Open(parse.GetValue(File)!.ToString(), ',', problems), seedDirectory, source, problems),
            cancellationToken));
        return command;
    }
}
