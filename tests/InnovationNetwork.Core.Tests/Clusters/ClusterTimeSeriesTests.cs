using static InnovationNetwork.Core.Tests.Clusters.MiniNorthEast;

namespace InnovationNetwork.Core.Tests.Clusters;

public class ClusterTimeSeriesTests
{
    [Fact]
    public void EachYearCountsActiveMembersProjectsStartedAndRunningAndFundingOfProjectsStarted()
    {
        // Cluster projects with dates: p1 2018–2020 (a, b; EUR 150), p3 2021–2024 (b, c; GBP only). p5 is undated.
        // Years run from the first start (2018) to the last end (2024).
        //   2018: a, b in p1 → 2 organisations; p1 started; 1 running; EUR 150.
        //   2019, 2020: 2; 0 started; 1 running; 0.
        //   2021: b, c in p3 → 2; p3 started; 1 running; 0 (its money is GBP).   2022–2024: 2; 0; 1; 0.
        var series = Strength(OffshoreWind).TimeSeries;

        Assert.Equal(
            [
                (2018, 2, 1, 1, 150m), (2019, 2, 0, 1, 0m), (2020, 2, 0, 1, 0m), (2021, 2, 1, 1, 0m),
                (2022, 2, 0, 1, 0m), (2023, 2, 0, 1, 0m), (2024, 2, 0, 1, 0m),
            ],
            series.Select(y => (y.Year, y.Organisations, y.ProjectsStarted, y.ProjectsActive, y.Funding.Amount)));
    }

    [Fact]
    public void APeriodSetsTheYears()
    {
        // 2020–2021: p1 (running 2020) and p3 (started 2021) overlap; a, b in 2020; b, c in 2021.
        var series = Strength(OffshoreWind, from: new(2020, 1, 1), to: new(2021, 12, 31)).TimeSeries;

        Assert.Equal([(2020, 2, 0, 1), (2021, 2, 1, 1)], series.Select(y => (y.Year, y.Organisations, y.ProjectsStarted, y.ProjectsActive)));
    }

    [Fact]
    public void AnEmptyClusterHasAnEmptySeries() => Assert.Empty(Strength(Digital).TimeSeries);
}
