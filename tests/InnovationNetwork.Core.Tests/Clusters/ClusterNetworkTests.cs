using static InnovationNetwork.Core.Tests.Clusters.MiniNorthEast;

namespace InnovationNetwork.Core.Tests.Clusters;

public class ClusterNetworkTests
{
    [Fact]
    public void MembersSharingAProjectAreLinkedAndTheNetworkIsMeasured()
    {
        // Members a, b, c. a–b share p1, b–c share p3; a and c share nothing. Links L = 2, n = 3.
        // Density 2L / (n(n−1)) = 4/6; average degree 2L/n = 4/3; one component of 3; no isolated member.
        var network = Strength(OffshoreWind).Network;

        Assert.Equal(3, network.Organisations);
        Assert.Equal(2, network.Links);
        Assert.Equal(4.0 / 6, network.Density!.Value, 12);
        Assert.Equal(4.0 / 3, network.AverageDegree!.Value, 12);
        Assert.Equal(1, network.Components);
        Assert.Equal(3, network.LargestComponent);
        Assert.Equal(0, network.Isolated);
    }

    [Fact]
    public void APeriodKeepsOnlyLinksFromProjectsInIt()
    {
        // 2021: only p3 (b–c) runs among members' projects (p2 and p4 involve no second member).
        // L = 1; a is isolated: components {a}, {b, c}.
        var network = Strength(OffshoreWind, from: new(2021, 1, 1), to: new(2021, 12, 31)).Network;

        Assert.Equal(1, network.Links);
        Assert.Equal(2, network.Components);
        Assert.Equal(2, network.LargestComponent);
        Assert.Equal(1, network.Isolated);
    }

    [Fact]
    public void TopConnectorsByDegreeAndByBetweenness()
    {
        // Degrees: b 2, a 1, c 1 (ties by name). Betweenness: b is on the only shortest path a–b–c:
        // C(b) = 1, normalised by (n−1)(n−2)/2 = 1 → 1; a and c lie on no path, so they are not listed.
        var cluster = Strength(OffshoreWind);

        Assert.Equal([("org-b", 2), ("org-a", 1), ("org-c", 1)], cluster.TopByDegree.Select(c => (c.Organisation.Id, c.Degree)));
        Assert.Equal([("org-b", 1.0)], cluster.TopByBetweenness.Select(c => (c.Organisation.Id, c.Betweenness)));
        Assert.True(cluster.BetweennessMethod.Exact);
        Assert.Equal(3, cluster.BetweennessMethod.Sources);
    }

    [Fact]
    public void BrokersAreMembersWithPartnersOutsideTheClusterRankedByTheOtherSpecialismsTheyReach()
    {
        // Offshore wind's own line is Energy, Offshore wind, Offshore robotics; anything else is "other".
        // a: outside partners e (p1, p5), d and f (p2) = 3; their other specialisms: digital (e, f), health (d) = 2.
        // c: outside partners f and g (p4) = 2; f brings digital, g names none = 1.
        // b: outside partner e (p1) = 1; digital = 1.
        var brokers = Strength(OffshoreWind).Brokers;

        Assert.Equal([("org-a", 3, 2), ("org-c", 2, 1), ("org-b", 1, 1)], brokers.Select(b => (b.Organisation.Id, b.OutsidePartners, b.OtherSpecialisms)));
        Assert.Equal(["spec-digital", "spec-health"], brokers[0].SpecialismsReached.Select(s => s.Id));
    }

    [Fact]
    public void BridgesCountPartnersAndLinksIntoEachOtherSpecialism()
    {
        // Digital: partners e and f = 2; links a–e, a–f, b–e, c–f = 4. Health: partner d = 1; link a–d = 1.
        var bridges = Strength(OffshoreWind).Bridges;

        Assert.Equal([("spec-digital", 2, 4), ("spec-health", 1, 1)], bridges.Select(b => (b.Specialism.Id, b.Partners, b.Links)));
    }

    [Fact]
    public void AnEmptyClusterHasNoDensityNoAverageDegreeAndNoComponents()
    {
        var network = Strength(Digital).Network;

        Assert.Equal(0, network.Organisations);
        Assert.Null(network.Density);
        Assert.Null(network.AverageDegree);
        Assert.Equal(0, network.Components);
        Assert.Empty(Strength(Digital).TopByBetweenness);
    }

    [Fact]
    public void ASingleOrganisationHasAnAverageDegreeOfZeroButNoDensity()
    {
        // Offshore robotics in the North East: b alone. 2L/n = 0; density needs two.
        var network = Strength(OffshoreRobotics).Network;

        Assert.Equal(0.0, network.AverageDegree);
        Assert.Null(network.Density);
        Assert.Equal(1, network.Isolated);
    }
}
