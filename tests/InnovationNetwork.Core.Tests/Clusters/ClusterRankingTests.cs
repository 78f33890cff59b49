using InnovationNetwork.Core.Clusters;
using InnovationNetwork.Core.Querying;
using static InnovationNetwork.Core.Tests.Clusters.MiniNorthEast;

namespace InnovationNetwork.Core.Tests.Clusters;

public class ClusterRankingTests
{
    private static IReadOnlyList<ClusterStrength> Rank(params ClusterOrder[] order) =>
        Service(Build()).Rank(Staff, new ClusterRankRequest(NorthEast, AsOf: Today, OrderBy: order));

    [Fact]
    public void TheMapRanksEverySpecialismByLocationQuotientWithUndefinedOnesLast()
    {
        // North East LQ by organisations (4 here, 6 in the dataset):
        //   Health (2/4)/(2/6) = 1.5, Offshore robotics (1/4)/(1/6) = 1.5, Energy and Offshore wind (3/4)/(4/6) = 1.125,
        //   Digital (0/4)/(2/6) = 0, Space (0/4)/(0/6) undefined → last. Ties by name.
        var map = Rank(new ClusterOrder(ClusterOrderField.LQ_ORGANISATIONS));

        Assert.Equal(
            [("Health", 1.5), ("Offshore robotics", 1.5), ("Energy", 1.125), ("Offshore wind", 1.125), ("Digital", 0.0), ("Space", (double?)null)],
            map.Select(c => (c.Specialism.Name, c.LocationQuotient.Organisations.Value)));
    }

    [Fact]
    public void NullsComeLastInAscendingOrderToo()
    {
        var map = Rank(new ClusterOrder(ClusterOrderField.LQ_ORGANISATIONS, SortDirection.ASC));

        Assert.Equal(["Digital", "Energy", "Offshore wind", "Health", "Offshore robotics", "Space"], map.Select(c => c.Specialism.Name));
    }

    [Fact]
    public void TheDefaultOrderIsMostOrganisationsFirst()
    {
        var map = Service(Build()).Rank(Staff, new ClusterRankRequest(NorthEast, AsOf: Today));

        Assert.Equal(["Energy", "Offshore wind", "Health", "Offshore robotics", "Digital", "Space"], map.Select(c => c.Specialism.Name));
    }

    [Fact]
    public void UnderLimitsTheMapToOneBranch()
    {
        var map = Service(Build()).Rank(Staff, new ClusterRankRequest(NorthEast, AsOf: Today, Under: Energy));

        Assert.Equal(["Energy", "Offshore wind", "Offshore robotics"], map.Select(c => c.Specialism.Name));
    }

    [Fact]
    public void RankingByANetworkMeasureWorks()
    {
        // Density: offshore wind and energy 4/6 (a–b, b–c); health: a and d share p2 → 1; others under two members: null.
        var map = Rank(new ClusterOrder(ClusterOrderField.NETWORK_DENSITY));

        Assert.Equal(["Health", "Energy", "Offshore wind"], map.Take(3).Select(c => c.Specialism.Name));
        Assert.All(map.Skip(3), c => Assert.Null(c.Network.Density));
    }

    [Fact]
    public void EachClusterOfTheMapIsTheSameAsAskingForItAlone()
    {
        var service = Service(Build());
        var map = service.Rank(Staff, new ClusterRankRequest(NorthEast, AsOf: Today));

        Assert.Same(map.Single(c => c.Specialism.Id == OffshoreWind), service.Strength(Staff, new ClusterRequest(OffshoreWind, NorthEast, AsOf: Today)));
    }
}
