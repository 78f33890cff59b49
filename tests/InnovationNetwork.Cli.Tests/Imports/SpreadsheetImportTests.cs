using InnovationNetwork.Cli.Tests.Support;
using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.People;
using InnovationNetwork.Core.Projects;
using static InnovationNetwork.Core.Graph.RelationshipType;

namespace InnovationNetwork.Cli.Tests.Imports;

/// <summary>The templates in seed/templates are imported as they are, so their example rows stay valid.</summary>
public sealed class SpreadsheetImportTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string Template(string name) => Path.Combine(Repository.SeedDirectory, "templates", name);

    private Task<CliResult> ImportTemplatesAsync() => _cli.RunAsync(
        "import", "csv",
        "--organisations", Template("organisations.csv"),
        "--people", Template("people.csv"),
        "--projects", Template("projects.csv"),
        "--capabilities", Template("capabilities.csv"));

    [Fact]
    public async Task TheTemplatesImportCleanly()
    {
        var result = await ImportTemplatesAsync();

        Assert.True(result.Exit == CliExitCodes.Ok, result.ToString());
    }

    [Fact]
    public async Task AnOrganisationRowBecomesAnOrganisationWithItsIdentifiersPlaceSpecialismsAndEmployment()
    {
        await ImportTemplatesAsync();
        var graph = await _cli.GraphAsync();

        var firm = Assert.IsType<Organisation>(graph.FindByIdentifier(IdentifierScheme.COMPANIES_HOUSE, "00000000"));
        Assert.Equal("org-ch-00000000", firm.Id);
        Assert.Equal(OrganisationSize.SMALL, firm.Size);
        Assert.Equal(new Employment(24, 15, 2024, "spreadsheet"), firm.Employment);
        Assert.Equal(["rov", "cable inspection"], firm.Keywords);
        Assert.Equal("place-E08000021", Assert.Single(graph.Outgoing(firm.Id, LOCATED_IN)).To);
        Assert.Equal(["spec-offshore-robotics", "spec-subsea"], graph.Outgoing(firm.Id, SPECIALISES_IN).Select(r => r.To).Order());
        Assert.Equal("import:csv", Assert.Single(firm.Sources).Name);
    }

    [Fact]
    public async Task PeopleProjectsAndCapabilitiesNameOrganisationsByNameOrId()
    {
        await ImportTemplatesAsync();
        var graph = await _cli.GraphAsync();

        var person = Assert.IsType<Person>(graph.FindByIdentifier(IdentifierScheme.ORCID, "0000-0002-1825-0097"));
        Assert.Equal("org-ch-00000000", Assert.Single(graph.Outgoing(person.Id, WORKS_AT)).To);

        var project = Assert.IsType<Project>(graph.Find("project-rescue"));
        Assert.Equal(new Money(875000m, "GBP"), project.Funding);
        var participants = graph.Incoming(project.Id, PARTICIPATES_IN).OrderBy(r => r.From).Select(r => (r.From, r.Role)).ToList();
        Assert.Equal([("org-ch-00000000", "coordinator"), ("org-newcastle-university", "partner")], participants);
        Assert.Equal("org-innovate-uk", Assert.Single(graph.Outgoing(project.Id, FUNDED_BY)).To);
        Assert.Equal("place-E06000057", Assert.Single(graph.Outgoing(project.Id, LOCATED_IN)).To);

        var capability = Assert.IsType<Capability>(graph.Find("cap-ch-00000000-subsea-cable-inspection-trials"));
        Assert.Equal((5, 8), (capability.TrlMin, capability.TrlMax));
        Assert.Equal("org-ch-00000000", Assert.Single(graph.Incoming(capability.Id, OFFERS)).From);
    }

    [Fact]
    public async Task FilledCellsUpdateAnExistingRecordAndEmptyOnesLeaveItAlone()
    {
        await ImportTemplatesAsync();

        var result = await _cli.RunAsync("import", "csv", "--organisations", Repository.Fixture("csv", "organisations-update.csv"));

        Assert.True(result.Exit == CliExitCodes.Ok, result.ToString());
        var firm = (await _cli.GraphAsync()).Find<Organisation>("org-ch-00000000")!;
        Assert.Equal("Now also builds autonomous underwater vehicles.", firm.Description);
        Assert.Equal("https://example.org", firm.Website);
        Assert.Equal(2, firm.Version);
    }

    [Fact]
    public async Task RunningTheSameSpreadsheetsTwiceChangesNothingTheSecondTime()
    {
        await ImportTemplatesAsync();
        var before = await _cli.ExportAsync();

        var again = await ImportTemplatesAsync();

        Assert.Contains("Nothing changed", again.Output);
        Assert.Equal(before, await _cli.ExportAsync());
    }

    [Fact]
    public async Task BadSpreadsheetRowsAreSkippedWithLineAndReason()
    {
        var result = await _cli.RunAsync("import", "csv", "--organisations", Repository.Fixture("csv", "organisations-bad.csv"));

        Assert.True(result.Exit == CliExitCodes.RowsSkipped, result.ToString());
        Assert.Contains("organisations-bad.csv, line 3: kind 'SPACESHIP' is not one of BUSINESS, UNIVERSITY, RESEARCH_ORGANISATION, PUBLIC_BODY, FUNDER, OTHER.", result.Output);
        Assert.Contains("organisations-bad.csv, line 4: specialisms names 'Basket weaving', which is not a specialism's id or name.", result.Output);
        Assert.Contains("organisations-bad.csv, line 5: employment.betterJobs: Better jobs must be between 0 and the number of employees.", result.Output);
        Assert.Contains("organisations-bad.csv, line 6: 'org-good-firm-ltd' was described already (line 2); the first is kept.", result.Output);
        Assert.NotNull((await _cli.GraphAsync()).Find("org-good-firm-ltd"));
    }

    [Fact]
    public async Task ACsvImportWithoutAnyFileSaysWhatToPass()
    {
        var result = await _cli.RunAsync("import", "csv");

        Assert.Equal(CliExitCodes.Failed, result.Exit);
        Assert.Contains("Give at least one of --organisations, --people, --projects and --capabilities", result.Error);
    }
}
