using InnovationNetwork.Cli.Tests.Support;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Projects;
using static InnovationNetwork.Core.Graph.RelationshipType;

namespace InnovationNetwork.Cli.Tests.Imports;

public sealed class EsifImportTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private Task<CliResult> ImportAsync(string file = "esif.csv", params string[] extra) =>
        _cli.RunAsync(["import", "esif", "--file", Repository.Fixture("esif", file), .. extra]);

    [Fact]
    public async Task ProjectsAreImportedWithPoundsDatesPlaceAndTheirProgramme()
    {
        var result = await ImportAsync();

        Assert.True(result.Exit == CliExitCodes.Ok, result.ToString());
        var graph = await _cli.GraphAsync();
        var project = Assert.IsType<Project>(graph.Find("project-esif-erdf-england-900"));
        Assert.Equal("Durham Digital Growth", project.Title);
        Assert.Equal(new Money(1500000m, "GBP"), project.Funding);
        Assert.Equal(new Money(2500000m, "GBP"), project.TotalCost);
        Assert.Equal("ERDF 2014-2020", project.Programme);
        Assert.Equal(new DateOnly(2019, 3, 31), project.EndDate);
        Assert.Equal(project, graph.FindByIdentifier(IdentifierScheme.ESIF_PROJECT, "erdf_england_900"));
        Assert.Equal("place-E06000047", Assert.Single(graph.Outgoing(project.Id, LOCATED_IN)).To);
        Assert.Contains(graph.Outgoing(project.Id, APPLIES_TO), r => r.To == "spec-cyber-security");
        Assert.Equal(new Money(1500000m, "GBP"), Assert.Single(graph.Outgoing(project.Id, FUNDED_BY)).Amount);
    }

    [Fact]
    public async Task BeneficiariesAreFoundByNameOrAliasAndOtherwiseCreatedWithTheKindTheirNameStates()
    {
        await ImportAsync();
        var graph = await _cli.GraphAsync();

        Assert.Equal("org-durham-county-council", Assert.Single(graph.Incoming("project-esif-erdf-england-900", PARTICIPATES_IN)).From);
        Assert.Equal("org-north-east-combined-authority", Assert.Single(graph.Incoming("project-esif-erdf-england-901", PARTICIPATES_IN)).From);

        var makers = Assert.IsType<Organisation>(graph.Find("org-esif-tyne-makers-limited"));
        Assert.Equal(OrganisationKind.BUSINESS, makers.Kind);
        var participation = Assert.Single(graph.Outgoing(makers.Id, PARTICIPATES_IN));
        Assert.Equal(("project-esif-esf-england-902", "beneficiary", new Money(200000m, "GBP")), (participation.To, participation.Role, participation.Amount));
        Assert.Equal(OrganisationKind.OTHER, graph.Find<Organisation>("org-esif-example-college")!.Kind);

        // The seeded council is linked to, not rewritten.
        var council = graph.Find<Organisation>("org-durham-county-council")!;
        Assert.Equal(1, council.Version);
        Assert.Equal(["seed"], council.Sources.Select(s => s.Name));
    }

    [Fact]
    public async Task RunningTheEsifImportTwiceChangesNothingTheSecondTime()
    {
        await ImportAsync();
        var before = await _cli.ExportAsync();

        var again = await ImportAsync();

        Assert.Contains("Nothing changed", again.Output);
        Assert.Equal(before, await _cli.ExportAsync());
    }

    [Fact]
    public async Task BadEsifRowsAreSkippedWithLineAndReason()
    {
        var result = await ImportAsync("esif-bad.csv");

        Assert.True(result.Exit == CliExitCodes.RowsSkipped, result.ToString());
        Assert.Contains("esif-bad.csv, line 3: eu_investment 'lots' is not a number.", result.Output);
        Assert.Contains("esif-bad.csv, line 4: the project erdf_england_900 appears again (first on line 2); the first is kept.", result.Output);
        Assert.Contains("esif-bad.csv, line 5: beneficiary is empty; it is required.", result.Output);
    }

    [Fact]
    public async Task ACordisFileGivenAsEsifIsRefusedForItsDelimiter()
    {
        var result = await _cli.RunAsync("import", "esif", "--file", Repository.Fixture("cordis", "project.csv"));

        Assert.Equal(CliExitCodes.Failed, result.Exit);
        Assert.Contains("line 1: the header is separated by semicolons, but this format is separated by commas", result.Error);
    }
}
