using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Search.Tests.Support;

namespace InnovationNetwork.Search.Tests.Matching;

public class PartnerAndSimilarTests
{
    private static DateOnly Year(int year) => new(year, 1, 1);

    /// <summary>Alpha worked with Beta; Beta worked with Gamma and Delta; Epsilon reads like Alpha; Zeta works next to Alpha's specialism.</summary>
    private static Changes Network() => World.Base()
        .Organisation("org-alpha", "Alpha Robotics", description: "Crawler robots for wind turbine blade repair.", place: World.Newcastle, specialisms: [World.OffshoreRobotics])
        .Organisation("org-beta", "Beta University", OrganisationKind.UNIVERSITY, place: World.Durham)
        .Organisation("org-gamma", "Gamma Composites", description: "Composite materials.", place: World.Newcastle)
        .Organisation("org-delta", "Delta Sensors", description: "Strain sensors.")
        .Organisation("org-epsilon", "Epsilon Blades", description: "Robots that repair wind turbine blades with crawlers.")
        .Organisation("org-zeta", "Zeta Marine", description: "Crew transfer vessels.", specialisms: [World.WindOperations])
        .Project("project-1", "Blade repair robot", "Robotic repair of blades.", Year(2021), participants: ["org-alpha", "org-beta"])
        .Project("project-2", "Composite blades", "New composites for blades.", Year(2022), participants: ["org-beta", "org-gamma", "org-delta"])
        .Project("project-3", "Blade sensing", "Sensors in blades.", Year(2023), participants: ["org-beta", "org-delta"]);

    [Fact]
    public async Task SuggestedPartnersAreNeverCurrentCollaboratorsOrItself()
    {
        await using var h = await SearchHarness.StartAsync(Network());

        var ids = h.Partners.Suggest(h.Graph, Viewer.Anonymous, "org-alpha", 10).Select(m => m.Organisation.Id).ToArray();

        Assert.DoesNotContain("org-alpha", ids);
        Assert.DoesNotContain("org-beta", ids);
        Assert.Contains("org-gamma", ids);
    }

    [Fact]
    public async Task APartnerOfAPartnerSaysWhoLinksThem()
    {
        await using var h = await SearchHarness.StartAsync(Network());

        var delta = h.Partners.Suggest(h.Graph, Viewer.Anonymous, "org-alpha", 10).Single(m => m.Organisation.Id == "org-delta");

        Assert.Contains(new MatchReason(MatchReasonCodes.Network, "worked with 1 of your partners: Beta University"), delta.Reasons);
    }

    [Fact]
    public async Task AnOrganisationDoingSimilarWorkIsSuggestedWithTheWordsTheyShare()
    {
        await using var h = await SearchHarness.StartAsync(Network());

        var epsilon = h.Partners.Suggest(h.Graph, Viewer.Anonymous, "org-alpha", 10).Single(m => m.Organisation.Id == "org-epsilon");

        Assert.Contains(epsilon.Reasons, r => r.Code == MatchReasonCodes.Text && r.Message.StartsWith("similar work: also mentions"));
    }

    [Fact]
    public async Task AnOrganisationInANeighbouringSpecialismIsSuggestedAsComplementary()
    {
        await using var h = await SearchHarness.StartAsync(Network());

        var zeta = h.Partners.Suggest(h.Graph, Viewer.Anonymous, "org-alpha", 10).Single(m => m.Organisation.Id == "org-zeta");

        Assert.Contains(new MatchReason(MatchReasonCodes.Specialism, "works in Wind operations and maintenance, next to your Offshore robotics"), zeta.Reasons);
    }

    [Fact]
    public async Task SharingAPlaceIsAReason()
    {
        await using var h = await SearchHarness.StartAsync(Network());

        var gamma = h.Partners.Suggest(h.Graph, Viewer.Anonymous, "org-alpha", 10).Single(m => m.Organisation.Id == "org-gamma");

        Assert.Contains(new MatchReason(MatchReasonCodes.Place, "also based in Newcastle upon Tyne"), gamma.Reasons);
    }

    [Fact]
    public async Task SimilarFindsTheOrganisationWhoseWorkReadsMostAlike()
    {
        await using var h = await SearchHarness.StartAsync(Network());

        var similar = h.Similar.Find(h.Graph, Viewer.Anonymous, "org-alpha", 3);

        Assert.Equal("org-epsilon", similar[0].Organisation.Id);
        Assert.Equal(1.0, similar[0].Score, 6);
        Assert.DoesNotContain(similar, m => m.Organisation.Id == "org-alpha");
        Assert.Contains(similar[0].Reasons, r => r.Code == MatchReasonCodes.Text && r.Message.Contains("blade"));
    }

    [Fact]
    public async Task AnUnknownOrganisationHasNoSuggestions()
    {
        await using var h = await SearchHarness.StartAsync(Network());

        Assert.Empty(h.Partners.Suggest(h.Graph, Viewer.Anonymous, "org-nope", 10));
        Assert.Empty(h.Similar.Find(h.Graph, Viewer.Anonymous, "org-nope", 10));
    }
}
