using static InnovationNetwork.Core.Tests.Clusters.MiniNorthEast;

namespace InnovationNetwork.Core.Tests.Clusters;

public class ClusterProjectsAndFundingTests
{
    [Fact]
    public void ProjectsAreMembersProjectsThatApplyToTheSpecialismOrBelowIt()
    {
        // Members a, b, c. a: p1 (robotics, below offshore wind: yes), p2 (health: no), p5 (yes), p6 (names none: no).
        // b: p1, p3 (yes). c: p3, p4 (digital: no). Distinct: p1, p3, p5 = 3.
        // Active on 2022-01-01: p1 ended 2020, p5 has no dates, p3 runs 2021–2024: 1.
        var projects = Strength(OffshoreWind).Projects;

        Assert.Equal(3, projects.Total);
        Assert.Equal(1, projects.Active);
        Assert.Equal(Today, projects.ActiveOn);
    }

    [Fact]
    public void AProjectNamingNoSpecialismCountsForNoneAndIsReportedApart()
    {
        // p6 (a and d) names no specialism: not in offshore wind's projects, funding or quotients, nor in health's,
        // though a and d are both health organisations; each cluster reports it as untagged and says so.
        var offshoreWind = Strength(OffshoreWind);
        var health = Strength(Health);

        Assert.Equal(1, offshoreWind.Projects.Untagged);
        Assert.Equal((1, 1), (health.Projects.Total, health.Projects.Untagged));
        Assert.Equal(80m + 40m, health.Funding.Total.Amount);
        Assert.Contains("1 more project of these organisations names no specialism, so it is counted for none; tagging it (APPLIES_TO) would count it here.", health.Notes);
    }

    [Fact]
    public void FundingIsWhatMembersBroughtInThroughClusterProjectsInTheAskedCurrency()
    {
        // EUR: a in p1 100 + a in p5 30 (p5's EUR 60 shared equally by a and e, neither recorded one)
        //      + b in p1 50 = 180.
        // GBP: b and c in p3, GBP 90 shared equally = 90, left out of the EUR figures and listed apart.
        var funding = Strength(OffshoreWind).Funding;

        Assert.Equal(new(180m, "EUR"), funding.Total);
        Assert.Equal([new(90m, "GBP")], funding.OtherCurrencies);
    }

    [Fact]
    public void FundingByYearFollowsTheProjectsStartYearAndKeepsUndatedProjectsApart()
    {
        // p1 started 2018: 100 + 50 = 150. p5 has no start date: 30, under a null year. 150 + 30 = total.
        var byYear = Strength(OffshoreWind).Funding.ByYear;

        Assert.Equal([(2018, 150m), (null, 30m)], byYear.Select(y => (y.Year, y.Amount.Amount)));
    }

    [Fact]
    public void FundingByFunderFollowsFundedByAndGathersTheRestUnderNoFunder()
    {
        // p1 is FUNDED_BY h: 150. p5 names no funder: 30.
        var byFunder = Strength(OffshoreWind).Funding.ByFunder;

        Assert.Equal([("org-h", 150m), (null, 30m)], byFunder.Select(f => (f.Funder?.Id, f.Amount.Amount)));
    }

    [Fact]
    public void AskingInPoundsCountsThePoundsAndListsTheEurosApart()
    {
        var funding = Strength(OffshoreWind, currency: "GBP").Funding;

        Assert.Equal(new(90m, "GBP"), funding.Total);
        Assert.Equal([new(180m, "EUR")], funding.OtherCurrencies);
        Assert.Contains(Strength(OffshoreWind).Notes, n => n.Contains("GBP 90 of funding is left out of the EUR figures", StringComparison.Ordinal));
    }

    [Fact]
    public void APeriodKeepsProjectsOverlappingItAndLeavesOutUndatedOnes()
    {
        // 2021: p1 ended 2020-12-31 (out), p3 2021–2024 (in), p5 has no dates (out once a period is given).
        // Active is counted on 'to', 2021-12-31: p3.
        var cluster = Strength(OffshoreWind, from: new(2021, 1, 1), to: new(2021, 12, 31));

        Assert.Equal(1, cluster.Projects.Total);
        Assert.Equal(1, cluster.Projects.Active);
        Assert.Equal(new DateOnly(2021, 12, 31), cluster.Projects.ActiveOn);
        Assert.Equal(0m, cluster.Funding.Total.Amount);
        Assert.Equal([new(90m, "GBP")], cluster.Funding.OtherCurrencies);
    }

    [Fact]
    public void AProjectTouchingThePeriodOnItsLastDayCounts()
    {
        // p1 ends 2020-12-31; a period starting that very day includes it (inclusive ends).
        Assert.Equal(2, Strength(OffshoreWind, from: new(2020, 12, 31), to: new(2021, 1, 1)).Projects.Total);
    }
}
