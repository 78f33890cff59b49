using InnovationNetwork.Core.Clusters;
using InnovationNetwork.Core.Organisations;
using static InnovationNetwork.Core.Tests.Clusters.MiniNorthEast;

namespace InnovationNetwork.Core.Tests.Clusters;

public class BetweennessTests
{
    private const string Wind = "spec-wind";

    [Fact]
    public void BetweennessIsExactOnASmallNetworkWithSeveralShortestPaths()
    {
        // A square a–b–d–c–a with a tail d–e; each link is a two-partner project.
        // Shortest paths through others, pair by pair (a share when there are two):
        //   a–d: via b or c → b ½, c ½.     a–e: a-b-d-e or a-c-d-e → b ½, c ½, d 1.
        //   b–c: via a or d → a ½, d ½.     b–e: via d → d 1.     c–e: via d → d 1.
        // C: a ½, b 1, c 1, d 3½, e 0. Normalised by (n−1)(n−2)/2 = 6: a 1/12, b 1/6, c 1/6, d 7/12.
        var graph = new ClusterGraph().Specialism(Wind, "Wind");
        foreach (var id in new[] { "a", "b", "c", "d", "e" })
        {
            graph.Organisation($"org-{id}", id, OrganisationKind.BUSINESS, null, [Wind]);
        }

        foreach (var (x, y) in new[] { ("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e") })
        {
            graph.Project($"project-{x}{y}", "2020-01-01", "2020-12-31", null, null, null, $"org-{x}", $"org-{y}");
        }

        var cluster = new ClusterService(graph.Apply().Graph).Strength(Staff, new ClusterRequest(Wind, AsOf: Today));

        var scores = cluster.TopByBetweenness.ToDictionary(c => c.Organisation.Name, c => c.Betweenness);
        Assert.Equal(["d", "b", "c", "a"], cluster.TopByBetweenness.Select(c => c.Organisation.Name));
        Assert.Equal(7.0 / 12, scores["d"], 12);
        Assert.Equal(1.0 / 6, scores["b"], 12);
        Assert.Equal(1.0 / 6, scores["c"], 12);
        Assert.Equal(1.0 / 12, scores["a"], 12);
        Assert.True(cluster.BetweennessMethod.Exact);
    }

    [Fact]
    public void OrganisationsWithoutPartnersAreNoSourcesButCountInTheNormalisation()
    {
        // a–b–c and d alone: n = 4, n′ = 3 linked. C(b) = 1 (the a–c path); normalised by (n−1)(n−2)/2 = 3 → 1/3.
        var graph = new ClusterGraph().Specialism(Wind, "Wind");
        foreach (var id in new[] { "a", "b", "c", "d" })
        {
            graph.Organisation($"org-{id}", id, OrganisationKind.BUSINESS, null, [Wind]);
        }

        graph.Project("project-ab", "2020-01-01", "2020-12-31", null, null, null, "org-a", "org-b")
            .Project("project-bc", "2020-01-01", "2020-12-31", null, null, null, "org-b", "org-c");
        var cluster = new ClusterService(graph.Apply().Graph).Strength(Staff, new ClusterRequest(Wind, AsOf: Today));

        Assert.Equal(new BetweennessMethod(true, 3, 4), cluster.BetweennessMethod);
        Assert.Equal(1.0 / 3, Assert.Single(cluster.TopByBetweenness).Betweenness, 12);
    }

    [Fact]
    public void ALargeNetworkIsSampledDeterministicallyAndStillFindsTheHub()
    {
        // A star: a hub in a project with each of 1,999 leaves. Exactly, the hub lies on every leaf–leaf path: 1.
        // n(n + 2m) = 2,000 × 5,998 ≈ 12 million > the 1 million budget, so k = ⌊1,000,000 / 5,998⌋ = 166
        // sources are sampled. A leaf source adds n − 2 to the hub; scaled by n/k and normalised, the estimate is
        // (n/k)·s·(n−2) / ((n−1)(n−2)) where s counts leaf sources: n/(n−1) ≈ 1.0005 if the hub is not sampled,
        // (n/k)(k−1)/(n−1) ≈ 0.9945 if it is.
        const int leaves = 1999;
        var graph = new ClusterGraph().Specialism(Wind, "Wind").Organisation("org-hub", "Hub", OrganisationKind.UNIVERSITY, null, [Wind]);
        for (var i = 0; i < leaves; i++)
        {
            graph.Organisation($"org-leaf{i}", $"Leaf {i}", OrganisationKind.BUSINESS, null, [Wind])
                .Project($"project-{i}", "2020-01-01", "2020-12-31", null, null, null, "org-hub", $"org-leaf{i}");
        }

        var service = new ClusterService(graph.Apply().Graph);
        var cluster = service.Strength(Staff, new ClusterRequest(Wind, AsOf: Today));

        Assert.False(cluster.BetweennessMethod.Exact);
        Assert.Equal(166, cluster.BetweennessMethod.Sources);
        var hub = Assert.Single(cluster.TopByBetweenness);
        Assert.Equal("org-hub", hub.Organisation.Id);
        Assert.InRange(hub.Betweenness, 0.99, 1.01);
        Assert.Equal(leaves, hub.Degree);
    }
}
