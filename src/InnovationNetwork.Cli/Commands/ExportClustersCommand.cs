using System.CommandLine;
using System.Text;
using InnovationNetwork.Cli.Store;
using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Clusters;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.Cli.Commands;

/// <summary>
/// <c>export clusters [--place id] [--from date] [--to date] [--currency EUR] [--under id] [--order-by field] [--out file]</c>:
/// the smart-specialisation map — every specialism's cluster strength in one place and period — as one CSV
/// table for spreadsheets, the same numbers as the GraphQL <c>clusters</c> query (see docs/clusters.md).
/// </summary>
internal static class ExportClustersCommand
{
    /// <summary>The operator at the command line has the store itself, so reads as staff.</summary>
    private static readonly Viewer Operator = new(ViewerRole.Staff, Subject: "cli");

    private static readonly Option<string?> Place = new("--place")
    {
        Description = "A place id and everything inside it, e.g. place-E12000001 (North East); omit for the whole dataset.",
    };

    private static readonly Option<DateOnly?> From = new("--from") { Description = "Count projects running on or after this day (yyyy-mm-dd)." };

    private static readonly Option<DateOnly?> To = new("--to") { Description = "Count projects running on or before this day; active projects are counted on it (else today)." };

    private static readonly Option<string> Currency = new("--currency")
    {
        Description = "Sum funding in this ISO 4217 currency; other currencies are listed apart, never converted.",
        DefaultValueFactory = _ => ClusterRequest.DefaultCurrency,
    };

    private static readonly Option<string?> Under = new("--under") { Description = "Only this specialism and those below it, e.g. spec-energy." };

    private static readonly Option<ClusterOrderField> OrderBy = new("--order-by")
    {
        Description = "The measure to rank by, largest first (null measures last), e.g. LQ_ORGANISATIONS.",
        DefaultValueFactory = _ => ClusterOrderField.ORGANISATIONS,
    };

    private static readonly Option<string> Out = new("--out")
    {
        Description = "The CSV file to write; '-' (the default) for standard output.",
        DefaultValueFactory = _ => "-",
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("clusters", "Export every specialism's cluster strength in one place and period as one CSV table.")
        {
            Place, From, To, Currency, Under, OrderBy, Out,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(context.Console, async () =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(GlobalOptions.DataDirectory)!, cancellationToken: cancellationToken);
            var request = new ClusterRankRequest(parse.GetValue(Place), parse.GetValue(From), parse.GetValue(To),
                Currency: parse.GetValue(Currency)!, OrderBy: [new ClusterOrder(parse.GetValue(OrderBy), SortDirection.DESC)], Under: parse.GetValue(Under));
            IReadOnlyList<ClusterStrength> map;
            try
            {
                map = ClusterService.For(store.Graph).Rank(Operator, request);
            }
            catch (ClusterRequestException refused)
            {
                throw new CliUsageException(refused.Message);
            }

            var output = parse.GetValue(Out)!;
            if (output == "-")
            {
                ClusterTable.WriteCsv(context.Console.Out, map);
                return CliExitCodes.Ok;
            }

            await using (var writer = new StreamWriter(output, false, new UTF8Encoding(false)))
            {
                ClusterTable.WriteCsv(writer, map);
            }

            context.Console.Line($"Exported {map.Count:N0} clusters to {Path.GetFullPath(output)}.");
            return CliExitCodes.Ok;
        }));
        return command;
    }
}
