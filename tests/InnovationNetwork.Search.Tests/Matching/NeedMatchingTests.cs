using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Search.Tests.Support;

namespace InnovationNetwork.Search.Tests.Matching;

public class NeedMatchingTests
{
    private static DateOnly Year(int year) => new(year, 1, 1);

    /// <summary>Durham University asks; Subsea Eyes did the work, Cable Robotics says it can, Tyne University worked with Durham.</summary>
    private static Changes Network() => World.Base()
        .Organisation("org-durham", "Durham University", OrganisationKind.UNIVERSITY, place: World.Durham)
        .Organisation("org-subsea-eyes", "Subsea Eyes", place: World.Northumberland, specialisms: [World.OffshoreRobotics])
        .Organisation("org-cable-robotics", "Cable Robotics", description: "Robots for subsea cable inspection.", place: World.Scotland)
        .Organisation("org-tyne", "Tyne University", OrganisationKind.UNIVERSITY, place: World.Newcastle, specialisms: [World.Subsea])
        .Organisation("org-bakery", "Tyne Bakery", description: "Bread and cakes.", place: World.Newcastle)
        .Capability("cap-crawler", "Cable crawler trials", "org-cable-robotics", "Trials of cable crawling robots.", 4, 7)
        .Project("project-1", "Subsea cable inspection by ROV", "Inspecting export cables with remotely operated vehicles.", Year(2022), "CABLEEYE", participants: ["org-subsea-eyes", "org-tyne"])
        .Project("project-2", "Autonomous cable inspection", "Autonomous inspection of subsea cables.", Year(2023), "AUTOCABLE", participants: ["org-subsea-eyes", "org-tyne"])
        .Project("project-3", "Cable burial surveys", "Surveys of subsea cable burial depth.", Year(2024), "BURIAL", participants: ["org-subsea-eyes"])
        .Project("project-4", "Mine water heat", "Heat from flooded mines.", Year(2021), "MINEHEAT", participants: ["org-durham", "org-tyne"])
        .Project("project-5", "Seabed geology", "Geology of the seabed.", Year(2020), "GEO", participants: ["org-durham", "org-tyne"]);

    [Fact]
    public async Task TheOrganisationThatDidTheMostRelevantWorkRanksFirstAndSaysSo()
    {
        await using var h = await SearchHarness.StartAsync(Network());

        var first = h.Match(new Need("subsea cable inspection robot")).Items[0];

        Assert.Equal("org-subsea-eyes", first.Organisation.Id);
        var projects = Assert.Single(first.Reasons, r => r.Code == MatchReasonCodes.Projects);
        Assert.StartsWith("did 3 projects on subsea, cable and inspection", projects.Message);
        Assert.Contains("CABLEEYE (2022)", projects.Message);
    }

    [Fact]
    public async Task AnOrganisationWithNothingInCommonWithTheNeedIsNotAMatch()
    {
        await using var h = await SearchHarness.StartAsync(Network());

        var ids = h.Match(new Need("subsea cable inspection robot")).Items.Select(m => m.Organisation.Id);

        Assert.DoesNotContain("org-bakery", ids);
    }

    [Fact]
    public async Task TheTextReasonNamesTheWordsItsProfileMentions()
    {
        await using var h = await SearchHarness.StartAsync(Network());

        var match = h.Match(new Need("subsea cable inspection robot")).Items.Single(m => m.Organisation.Id == "org-cable-robotics");

        Assert.Contains(new MatchReason(MatchReasonCodes.Text, "mentions subsea, cable, inspection and robot"), match.Reasons);
    }

    [Fact]
    public async Task AMisspeltWordFindsItsSpellingButIsNotQuotedAsMentioned()
    {
        await using var h = await SearchHarness.StartAsync(Network());

        var match = h.Match(new Need("subsea cable inspectoin")).Items.Single(m => m.Organisation.Id == "org-cable-robotics");

        Assert.Contains(new MatchReason(MatchReasonCodes.Text, "mentions subsea and cable"), match.Reasons);
    }

    [Fact]
    public async Task ASharedSpecialismIsAReason()
    {
        await using var h = await SearchHarness.StartAsync(Network());

        var match = h.Match(new Need("cable inspection") { Specialisms = [World.OffshoreRobotics] }).Items.Single(m => m.Organisation.Id == "org-subsea-eyes");

        Assert.Contains(new MatchReason(MatchReasonCodes.Specialism, "shares specialism Offshore robotics"), match.Reasons);
        Assert.True(match.Parts.Specialism > 0);
    }

    [Fact]
    public async Task ASpecialismBelowTheOneNeededCountsAndSaysWhereItSits()
    {
        await using var h = await SearchHarness.StartAsync(Network());

        var match = h.Match(new Need("cable inspection") { Specialisms = [World.OffshoreWind] }).Items.Single(m => m.Organisation.Id == "org-subsea-eyes");

        Assert.Contains(new MatchReason(MatchReasonCodes.Specialism, "works in Offshore robotics, part of Offshore wind"), match.Reasons);
    }

    [Fact]
    public async Task NamingASpecialismBringsInItsOrganisationsEvenWithoutMatchingWords()
    {
        await using var h = await SearchHarness.StartAsync(Network());

        var ids = h.Match(new Need("") { Specialisms = [World.Energy] }).Items.Select(m => m.Organisation.Id);

        Assert.Equal(["org-subsea-eyes", "org-tyne"], ids.Order());
    }

    [Fact]
    public async Task ATrlRangeThatCoversTheTrlSoughtIsAReason()
    {
        await using var h = await SearchHarness.StartAsync(Network());

        var match = h.Match(new Need("cable robots") { Trl = 6 }).Items.Single(m => m.Organisation.Id == "org-cable-robotics");

        Assert.Contains(new MatchReason(MatchReasonCodes.Trl, "TRL 4–7 covers TRL 6 (Cable crawler trials)"), match.Reasons);
        Assert.Equal(h.Matching.TrlWeight, match.Parts.Trl, 6);
    }

    [Fact]
    public async Task ATrlRangeOneLevelOffCountsLess()
    {
        await using var h = await SearchHarness.StartAsync(Network());

        var match = h.Match(new Need("cable robots") { Trl = 8 }).Items.Single(m => m.Organisation.Id == "org-cable-robotics");

        Assert.Contains(new MatchReason(MatchReasonCodes.Trl, "works at TRL 4–7, near the TRL 8 sought (Cable crawler trials)"), match.Reasons);
        Assert.Equal(h.Matching.TrlWeight * 0.65, match.Parts.Trl, 6);
    }

    [Fact]
    public async Task WorkingWithTheAskerIsAReason()
    {
        await using var h = await SearchHarness.StartAsync(Network());

        var match = h.Match(new Need("subsea cable inspection") { Asker = "org-durham" }).Items.Single(m => m.Organisation.Id == "org-tyne");

        Assert.Contains(new MatchReason(MatchReasonCodes.Network, "worked with Durham University on 2 projects"), match.Reasons);
    }

    [Fact]
    public async Task WorkingWithTheAskersPartnersIsAReason()
    {
        await using var h = await SearchHarness.StartAsync(Network());

        var match = h.Match(new Need("subsea cable inspection") { Asker = "org-durham" }).Items.Single(m => m.Organisation.Id == "org-subsea-eyes");

        Assert.Contains(new MatchReason(MatchReasonCodes.Network, "worked with 1 partner of Durham University: Tyne University"), match.Reasons);
    }

    [Fact]
    public async Task TheAskerIsNeverItsOwnMatch()
    {
        await using var h = await SearchHarness.StartAsync(Network());

        var ids = h.Match(new Need("seabed geology mine water") { Asker = "org-durham" }).Items.Select(m => m.Organisation.Id);

        Assert.DoesNotContain("org-durham", ids);
    }

    [Fact]
    public async Task WorkingWithOtherStrongMatchesIsAReasonWhenThatCounts()
    {
        await using var h = await SearchHarness.StartAsync(Network(), new MatchingOptions { ClusterWeight = 0.1 });

        var match = h.Match(new Need("subsea cable inspection")).Items.Single(m => m.Organisation.Id == "org-tyne");

        Assert.Contains(match.Reasons, r => r.Code == MatchReasonCodes.Network && r.Message.StartsWith("worked with Subsea Eyes"));
    }

    [Fact]
    public async Task BeingInAPlaceTheNeedNamesIsAReason()
    {
        await using var h = await SearchHarness.StartAsync(Network());

        var match = h.Match(new Need("subsea cable inspection") { Places = [World.NorthEast] }).Items.Single(m => m.Organisation.Id == "org-subsea-eyes");

        Assert.Contains(new MatchReason(MatchReasonCodes.Place, "based in Northumberland, within North East"), match.Reasons);
    }

    [Fact]
    public async Task ANeighbouringAuthorityOfTheSameRegionCountsInPartButARegionThatOnlySharesTheCountryDoesNot()
    {
        await using var h = await SearchHarness.StartAsync(Network());

        var nextDoor = h.Match(new Need("subsea cable inspection") { Places = [World.Newcastle] }).Items.Single(m => m.Organisation.Id == "org-subsea-eyes");
        var farAway = h.Match(new Need("subsea cable inspection") { Places = [World.Scotland] }).Items.Single(m => m.Organisation.Id == "org-subsea-eyes");

        Assert.Contains(new MatchReason(MatchReasonCodes.Place, "based in Northumberland, next to Newcastle upon Tyne"), nextDoor.Reasons);
        Assert.True(nextDoor.Parts.Place > 0);
        Assert.DoesNotContain(farAway.Reasons, r => r.Code == MatchReasonCodes.Place);
        Assert.Equal(0, farAway.Parts.Place);
    }

    [Fact]
    public async Task TiesToOtherMatchesAndInferredSpecialismsAreLeftOutWhenTheirWeightIsZero()
    {
        await using var h = await SearchHarness.StartAsync(Network(), new MatchingOptions { ClusterWeight = 0, InferredSpecialismShare = 0 });

        var match = h.Match(new Need("ROV and AUV for cable inspection")).Items.Single(m => m.Organisation.Id == "org-tyne");

        Assert.DoesNotContain(match.Reasons, r => r.Code is MatchReasonCodes.Network or MatchReasonCodes.Specialism);
        Assert.Equal(0, match.Parts.Network + match.Parts.Specialism);
    }

    [Fact]
    public async Task ActivityIsAReasonAndCountsRecentProjects()
    {
        await using var h = await SearchHarness.StartAsync(Network());

        var match = h.Match(new Need("subsea cable inspection")).Items.Single(m => m.Organisation.Id == "org-subsea-eyes");

        Assert.Contains(new MatchReason(MatchReasonCodes.Activity, "took part in 3 projects, 3 ending in the last five years"), match.Reasons);
    }

    [Fact]
    public async Task ThePartsAddUpToTheScoreAndTheReasonsComeStrongestFirst()
    {
        await using var h = await SearchHarness.StartAsync(Network(), new MatchingOptions { ClusterWeight = 0.1, InferredSpecialismShare = 1 });

        var matches = h.Match(new Need("subsea cable inspection robot") { Trl = 5, Places = [World.NorthEast], Asker = "org-durham" }).Items;

        Assert.All(matches, m => Assert.Equal(m.Parts.Text + m.Parts.Specialism + m.Parts.Trl + m.Parts.Network + m.Parts.Activity + m.Parts.Place, m.Score, 9));
        Assert.Equal(matches.OrderByDescending(m => m.Score).Select(m => m.Organisation.Id), matches.Select(m => m.Organisation.Id));
    }

    [Fact]
    public async Task KindsKeepOnlyOrganisationsOfThoseKinds()
    {
        await using var h = await SearchHarness.StartAsync(Network());

        var ids = h.Match(new Need("subsea cable inspection") { Kinds = [OrganisationKind.UNIVERSITY] }).Items.Select(m => m.Organisation.Id);

        Assert.Equal(["org-tyne"], ids);
    }

    [Fact]
    public async Task WithoutNamedSpecialismsTheNeedsAreInferredFromItsWordsWhenThatCounts()
    {
        await using var h = await SearchHarness.StartAsync(Network(), new MatchingOptions { InferredSpecialismShare = 1 });

        var match = h.Match(new Need("ROV and AUV for cable inspection")).Items.Single(m => m.Organisation.Id == "org-subsea-eyes");

        Assert.Contains(match.Reasons, r => r.Code == MatchReasonCodes.Specialism && r.Message == "shares specialism Offshore robotics (the need reads as Offshore robotics)");
    }

    [Fact]
    public async Task PagesOfMatchesFollowOnAndCountAll()
    {
        await using var h = await SearchHarness.StartAsync(Network());
        var all = h.Match(new Need("subsea cable inspection"), limit: 100);

        var second = h.Matcher.Match(h.Graph, Viewer.Anonymous, new Need("subsea cable inspection") { AsOf = SearchHarness.Today }, 1, 1);

        Assert.Equal(all.TotalCount, second.TotalCount);
        Assert.Equal(all.Items[1].Organisation.Id, Assert.Single(second.Items).Organisation.Id);
    }
}
