using InnovationNetwork.Search.Tests.Support;

namespace InnovationNetwork.Search.Tests.Searching;

public class AnalysisTests
{
    private static Changes Firms() => World.Base()
        .Organisation("org-subsea-eyes", "Subsea Eyes", description: "We inspect subsea cables with remotely operated vehicles.")
        .Organisation("org-rov-works", "ROV Works", description: "ROV pilots and tooling for offshore wind farms.")
        .Organisation("org-om-partners", "Blade Partners", description: "O&M services: blade repair and condition monitoring.")
        .Organisation("org-maintenance-co", "Turbine Care", description: "Operations and maintenance of onshore turbines.")
        .Organisation("org-care-tech", "Care Tech", description: "Assistive technology for older people living at home.")
        .Organisation("org-ml-lab", "Insight Lab", description: "Machine learning for clinical imaging.");

    [Fact]
    public async Task SearchingForOneFormOfAWordFindsTheOthers()
    {
        await using var h = await SearchHarness.StartAsync(Firms());

        Assert.Contains("org-subsea-eyes", h.Ids("inspection of cable"));
        Assert.Contains("org-subsea-eyes", h.Ids("inspecting"));
    }

    [Fact]
    public async Task AnAbbreviationFindsTextThatSpellsItOut()
    {
        await using var h = await SearchHarness.StartAsync(Firms());

        var ids = h.Ids("ROV");

        Assert.Contains("org-subsea-eyes", ids);
        Assert.Contains("org-rov-works", ids);
    }

    [Fact]
    public async Task TheSpelledOutFormFindsTextThatUsesTheAbbreviation()
    {
        await using var h = await SearchHarness.StartAsync(Firms());

        var ids = h.Ids("remotely operated vehicle");

        Assert.Contains("org-rov-works", ids);
        Assert.Contains("org-subsea-eyes", ids);
    }

    [Fact]
    public async Task OperationsAndMaintenanceAndOAndMFindEachOther()
    {
        await using var h = await SearchHarness.StartAsync(Firms());

        Assert.Contains("org-om-partners", h.Ids("operations and maintenance"));
        Assert.Contains("org-maintenance-co", h.Ids("O&M"));
    }

    [Fact]
    public async Task ArtificialIntelligenceFindsMachineLearning()
    {
        await using var h = await SearchHarness.StartAsync(Firms());

        Assert.Contains("org-ml-lab", h.Ids("AI"));
        Assert.Contains("org-ml-lab", h.Ids("artificial intelligence"));
    }

    [Theory]
    [InlineData("inspektion")]
    [InlineData("assistiv technolgy")]
    [InlineData("maintenence")]
    public async Task AMisspeltWordOfFiveOrMoreLettersStillFindsTheRecord(string typo)
    {
        await using var h = await SearchHarness.StartAsync(Firms());

        Assert.NotEmpty(h.Ids(typo));
    }

    [Fact]
    public async Task AMisspeltWordFindsTheRecordThatSpellsItRight()
    {
        await using var h = await SearchHarness.StartAsync(Firms());

        Assert.Equal("org-care-tech", h.Ids("assistiv technolgy").First());
    }

    [Fact]
    public async Task AShortWordIsNotStretchedToOtherWords()
    {
        await using var h = await SearchHarness.StartAsync(Firms());

        // "cabel" has five letters and is corrected; "cab" has three and finds nothing.
        Assert.Contains("org-subsea-eyes", h.Ids("cabel"));
        Assert.Empty(h.Ids("cab"));
    }

    [Fact]
    public async Task TheSearchSaysWhichWordsItUsed()
    {
        await using var h = await SearchHarness.StartAsync(Firms());

        var result = h.Search("the inspection of subsea cables");

        Assert.Equal(["inspection", "subsea", "cables"], result.SearchedTerms);
    }
}
