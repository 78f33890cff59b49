using InnovationNetwork.Core.Challenges;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.Search.Tests.Support;

namespace InnovationNetwork.Search.Tests.Matching;

public class ChallengeMatchingTests
{
    private static Changes Network() => World.Base()
        .Organisation("org-port", "Blyth Port", place: World.Northumberland)
        .Organisation("org-crawler", "Crawler Robotics", description: "Crawler robots that repair turbine blades.", specialisms: [World.OffshoreRobotics])
        .Organisation("org-vessels", "Harbour Vessels", description: "Crew transfer vessels.", specialisms: [World.WindOperations])
        .Person("person-pat", "Pat Harbour", worksAt: "org-port")
        .Capability("cap-crawl", "Blade crawler", "org-crawler", "Crawling robots on blades.", 5, 8)
        .Challenge("challenge-blades", "Robotic blade repair at sea", "Repair leading-edge erosion on turbine blades without rope access.", postedBy: "person-pat", trl: 7, specialisms: [World.OffshoreRobotics])
        .Project("project-1", "Port robotics", "Robots at the port.", new DateOnly(2023, 1, 1), participants: ["org-port", "org-vessels"]);

    [Fact]
    public async Task AChallengeReadsAsItsTextSpecialismsTrlAndPostersOrganisation()
    {
        await using var h = await SearchHarness.StartAsync(Network());

        var need = ChallengeNeed.From(h.Graph, h.Graph.Find<Challenge>("challenge-blades")!);

        Assert.StartsWith("Robotic blade repair at sea. Repair leading-edge erosion", need.Text);
        Assert.Equal([World.OffshoreRobotics], need.Specialisms);
        Assert.Equal(7, need.Trl);
        Assert.Equal("org-port", need.Asker);
        Assert.Equal(["org-port"], need.Exclude);
    }

    [Fact]
    public async Task AChallengesBestMatchCoversItsTrlAndSharesItsSpecialism()
    {
        await using var h = await SearchHarness.StartAsync(Network());
        var need = ChallengeNeed.From(h.Graph, h.Graph.Find<Challenge>("challenge-blades")!);

        var matches = h.Match(need).Items;

        Assert.Equal("org-crawler", matches[0].Organisation.Id);
        Assert.Contains(new MatchReason(MatchReasonCodes.Trl, "TRL 5–8 covers TRL 7 (Blade crawler)"), matches[0].Reasons);
        Assert.Contains(new MatchReason(MatchReasonCodes.Specialism, "shares specialism Offshore robotics"), matches[0].Reasons);
        Assert.DoesNotContain(matches, m => m.Organisation.Id == "org-port");
    }

    [Fact]
    public async Task ThePostersPastPartnerIsCloserThanAStranger()
    {
        await using var h = await SearchHarness.StartAsync(Network());
        var need = ChallengeNeed.From(h.Graph, h.Graph.Find<Challenge>("challenge-blades")!);

        var vessels = h.Match(need).Items.Single(m => m.Organisation.Id == "org-vessels");

        Assert.Contains(new MatchReason(MatchReasonCodes.Network, "worked with Blyth Port on 1 project"), vessels.Reasons);
    }
}
