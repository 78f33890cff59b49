using InnovationNetwork.Cli.Tests.Support;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Projects;
using static InnovationNetwork.Core.Graph.RelationshipType;

namespace InnovationNetwork.Cli.Tests.Imports;

public sealed class CordisImportTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task ImportingIntoAnEmptyStoreWritesTheSeedFirstAndExitsZero()
    {
        var result = await _cli.ImportCordisAsync();

        Assert.True(result.Exit == CliExitCodes.Ok, result.ToString());
        Assert.Contains("The store was empty: wrote the seed", result.Output);
        Assert.Contains("No rows were skipped.", result.Output);
        var graph = await _cli.GraphAsync();
        Assert.NotNull(graph.Find("place-E08000021"));
        Assert.NotNull(graph.Find("spec-offshore-wind"));
    }

    [Fact]
    public async Task ProjectsAreIdentifiedByTheirCordisIdAndKeepTheirFactsWhateverTheDecimalConvention()
    {
        await _cli.ImportCordisAsync();
        var graph = await _cli.GraphAsync();

        var project = Assert.IsType<Project>(graph.Find("project-cordis-900001"));
        Assert.Equal("OFFWIND", project.Acronym);
        Assert.Equal("Resident robots for offshore wind turbine inspection", project.Title);
        Assert.Equal(new DateOnly(2015, 1, 1), project.StartDate);
        Assert.Equal(new DateOnly(2018, 12, 31), project.EndDate);
        Assert.Equal(new Money(1234567.89m, "EUR"), project.TotalCost);
        Assert.Equal(new Money(1000000.5m, "EUR"), project.Funding);
        Assert.Equal("H2020 H2020-EU.3.3.", project.Programme);
        Assert.Contains(new ExternalIdentifier(IdentifierScheme.CORDIS_PROJECT, "900001"), project.Identifiers);
        Assert.Equal(project, graph.FindByIdentifier(IdentifierScheme.CORDIS_PROJECT, "900001"));
    }

    [Fact]
    public async Task QuotedTextKeepsItsQuotesSemicolonsAndLineBreaks()
    {
        await _cli.ImportCordisAsync();
        var graph = await _cli.GraphAsync();

        var offwind = graph.Find<Project>("project-cordis-900001")!;
        Assert.Equal("Offshore wind farms need \"resident\" robots; this project builds a remotely operated vehicle.\nIt also trials cable inspection at sea.", offwind.Abstract);
        var agewell = graph.Find<Project>("project-cordis-900002")!;
        Assert.Equal("Older people with dementia live at home longer with telecare;\nthe project tests it with carers in three countries.", agewell.Abstract);
    }

    [Fact]
    public async Task AnOrganisationIsOnePicWithTheNameMostOfItsRowsGiveAndItsPlaceFromThePostcode()
    {
        await _cli.ImportCordisAsync();
        var graph = await _cli.GraphAsync();

        var firm = Assert.IsType<Organisation>(graph.FindByIdentifier(IdentifierScheme.PIC, "900000001"));
        Assert.Equal("org-pic-900000001", firm.Id);
        Assert.Equal("Tyne Subsea Robotics Ltd", firm.Name);
        Assert.Equal("TSR", firm.ShortName);
        Assert.Equal(OrganisationKind.BUSINESS, firm.Kind);
        Assert.Equal("http://www.tynesubsea.example.com", firm.Website);
        Assert.Equal("1 Quay Road, Wallsend", firm.Address);
        Assert.Equal("NE28 6UZ", firm.Postcode);
        Assert.Equal("place-E08000022", Assert.Single(graph.Outgoing(firm.Id, LOCATED_IN)).To);

        // Outside the North East the postcode area gives the region.
        var leeds = graph.FindByIdentifier(IdentifierScheme.PIC, "900000002")!;
        Assert.Equal(OrganisationKind.UNIVERSITY, ((Organisation)leeds).Kind);
        Assert.Equal("place-E12000003", Assert.Single(graph.Outgoing(leeds.Id, LOCATED_IN)).To);
    }

    [Fact]
    public async Task ParticipationsCarryTheRoleAndTheEuContributionInEuros()
    {
        await _cli.ImportCordisAsync();
        var graph = await _cli.GraphAsync();

        var participations = graph.Outgoing("org-pic-900000001", PARTICIPATES_IN).OrderBy(r => r.To).ToList();
        Assert.Equal(["project-cordis-900001", "project-cordis-900002", "project-cordis-900003"], participations.Select(r => r.To));
        Assert.Equal("participant", participations[0].Role);
        Assert.Equal(new Money(250000.5m, "EUR"), participations[0].Amount);
        Assert.Null(participations[2].Amount);
        var funded = Assert.Single(graph.Outgoing("project-cordis-900001", FUNDED_BY));
        Assert.Equal(("org-european-commission", new Money(1000000.5m, "EUR")), (funded.To, funded.Amount));
    }

    [Fact]
    public async Task ASeededOrganisationCarryingThePicKeepsItsCuratedFactsAndGainsItsProjects()
    {
        await _cli.ImportCordisAsync();
        var graph = await _cli.GraphAsync();

        var university = Assert.IsType<Organisation>(graph.FindByIdentifier(IdentifierScheme.PIC, "999985417"));
        Assert.Equal("org-newcastle-university", university.Id);
        Assert.Equal("Newcastle University", university.Name);
        Assert.Equal("https://www.ncl.ac.uk", university.Website);
        Assert.Null(graph.Find("org-pic-999985417"));
        // The fixture's rows add no fact it lacks, so the node itself is not rewritten: only linked.
        Assert.Equal(["seed"], university.Sources.Select(s => s.Name));
        Assert.Equal(1, university.Version);
        Assert.Equal("place-E08000021", Assert.Single(graph.Outgoing(university.Id, LOCATED_IN)).To);
        var participation = Assert.Single(graph.Outgoing(university.Id, PARTICIPATES_IN));
        Assert.Equal(("project-cordis-900001", "coordinator"), (participation.To, participation.Role));
    }

    [Fact]
    public async Task ProgrammePartsAndKeywordsTagProjectsWithSpecialisms()
    {
        await _cli.ImportCordisAsync();
        var graph = await _cli.GraphAsync();

        string[] Tags(string project) => [.. graph.Outgoing(project, APPLIES_TO).Select(r => r.To)];
        Assert.Contains("spec-energy", Tags("project-cordis-900001"));          // H2020-EU.3.3.
        Assert.Contains("spec-offshore-wind", Tags("project-cordis-900001"));   // "offshore wind", "wind turbine" in the title
        Assert.Contains("spec-ageing", Tags("project-cordis-900002"));          // "healthy ageing" in the title
        Assert.Contains("spec-materials-composites", Tags("project-cordis-900003")); // H2020-EU.2.1.3.
        Assert.Contains("spec-printed-electronics", Tags("project-cordis-900003"));
        Assert.DoesNotContain("spec-nuclear", Tags("project-cordis-900001"));
    }

    [Fact]
    public async Task OrganisationsAreInferredToSpecialiseInWhatAQuarterOfTheirProjectsApplyToWithAConfidence()
    {
        await _cli.ImportCordisAsync();
        var graph = await _cli.GraphAsync();

        // Leeds: two projects, one on ageing → share 1/2, confidence 1/2 × 1/(1+1) = 0.25.
        var ageing = graph.FindRelationship(new RelationshipKey(SPECIALISES_IN, "org-pic-900000002", "spec-ageing"));
        Assert.Equal(0.25, ageing?.Confidence);

        // Newcastle University's curated specialisms stay as stated, without a confidence.
        var stated = graph.FindRelationship(new RelationshipKey(SPECIALISES_IN, "org-newcastle-university", "spec-subsea"));
        Assert.NotNull(stated);
        Assert.Null(stated.Confidence);
        Assert.All(graph.Outgoing("org-newcastle-university", SPECIALISES_IN).Where(r => r.Confidence is not null),
            r => Assert.InRange(r.Confidence!.Value, 0.01, 1));
    }

    [Fact]
    public async Task EveryNodeTheImportWroteRecordsTheImportAndItsDate()
    {
        await _cli.ImportCordisAsync();
        var graph = await _cli.GraphAsync();

        foreach (var id in (string[])["project-cordis-900001", "org-pic-900000001"])
        {
            var source = Assert.Single(graph.Find(id)!.Sources, s => s.Name == "import:cordis");
            Assert.Equal(FixedClock.Moment, source.At);
        }
    }

    [Fact]
    public async Task ASeededOrganisationGainsTheFactsItLacksAndRecordsTheImport()
    {
        var rows = File.ReadAllText(Repository.Fixture("cordis", "organization.csv"))
            .Replace("HES;;NE1 7RU;;UK;UKC2;http://www.ncl.ac.uk/", "HES;Kings Road;NE1 7RU;Newcastle upon Tyne;UK;UKC2;http://www.ncl.ac.uk/");
        var organisations = _cli.Files.Write("organization.csv", rows);

        await _cli.ImportCordisAsync("project.csv", organisations);
        var university = (await _cli.GraphAsync()).Find<Organisation>("org-newcastle-university")!;

        Assert.Equal("Kings Road, Newcastle upon Tyne", university.Address);
        Assert.Equal("Newcastle University", university.Name);
        Assert.Equal(2, university.Version);
        Assert.Equal(["seed", "import:cordis"], university.Sources.Select(s => s.Name));
    }
}
