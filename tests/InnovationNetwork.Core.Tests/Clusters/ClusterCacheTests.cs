using InnovationNetwork.Core.Clusters;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using static InnovationNetwork.Core.Tests.Clusters.MiniNorthEast;

namespace InnovationNetwork.Core.Tests.Clusters;

public class ClusterCacheTests
{
    private static readonly ClusterRequest OffshoreWindInTheNorthEast = new(OffshoreWind, NorthEast, AsOf: Today);

    [Fact]
    public void TheSameQuestionAtTheSameGraphVersionIsAnsweredFromTheCache()
    {
        var service = Service(Build());

        Assert.Same(service.Strength(Staff, OffshoreWindInTheNorthEast), service.Strength(Staff, OffshoreWindInTheNorthEast));
    }

    [Fact]
    public void AnyChangeToTheGraphIsSeenByTheNextQuestion()
    {
        var graph = Build();
        var service = Service(graph);
        var before = service.Strength(Staff, OffshoreWindInTheNorthEast);

        graph.Organisation("org-i", "India Subsea", OrganisationKind.BUSINESS, Northumberland, [OffshoreRobotics]).Apply();
        var after = service.Strength(Staff, OffshoreWindInTheNorthEast);

        Assert.Equal(3, before.Organisations.Total);
        Assert.Equal(4, after.Organisations.Total);
        Assert.NotSame(before, after);
    }

    [Fact]
    public void ANewSpecialismIsAnsweredRightAfterItIsAdded()
    {
        var graph = Build();
        var service = Service(graph);
        _ = service.Strength(Staff, OffshoreWindInTheNorthEast);

        graph.Specialism("spec-hydrogen", "Hydrogen", Energy).Apply();

        Assert.Equal(0, service.Strength(Staff, new ClusterRequest("spec-hydrogen", NorthEast, AsOf: Today)).Organisations.Total);
    }

    [Fact]
    public void OneServiceIsAttachedToEachGraph()
    {
        var graph = new InnovationGraph();

        Assert.Same(ClusterService.For(graph), ClusterService.For(graph));
        Assert.NotSame(ClusterService.For(graph), ClusterService.For(new InnovationGraph()));
    }

    [Fact]
    public void ActiveProjectsDefaultToTodayFromTheClock()
    {
        // p3 (2021–2024) is running on 2022-01-01 and over by 2026-01-01.
        var graph = Build();

        Assert.Equal(1, new ClusterService(graph.Graph, new FixedClock(new(2022, 1, 1))).Strength(Staff, new(OffshoreWind, NorthEast)).Projects.Active);
        Assert.Equal(0, new ClusterService(graph.Graph, new FixedClock(new(2026, 1, 1))).Strength(Staff, new(OffshoreWind, NorthEast)).Projects.Active);
    }

    [Fact]
    public async Task TheWarmerBuildsTheIndexOnceWritesSettleAndAnswersStayCurrent()
    {
        var graph = Build();
        using var warmer = new ClusterIndexWarmer();
        warmer.OnLoaded(graph.Graph);
        await Task.Delay(ClusterIndexWarmer.Settle * 4);

        graph.Organisation("org-i", "India Subsea", OrganisationKind.BUSINESS, Northumberland, [OffshoreRobotics]).Apply();
        warmer.OnApplied(new ChangeBatch(graph.Graph.Sequence, DateTimeOffset.UnixEpoch, "test", []), graph.Graph);

        // Asked at once, before the warmer fires: still the current version's answer.
        Assert.Equal(4, ClusterService.For(graph.Graph).Strength(Staff, OffshoreWindInTheNorthEast).Organisations.Total);
    }

    private sealed class FixedClock(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }
}
