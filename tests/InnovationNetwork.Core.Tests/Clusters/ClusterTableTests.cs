using InnovationNetwork.Core.Clusters;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Specialisms;
using static InnovationNetwork.Core.Tests.Clusters.MiniNorthEast;

namespace InnovationNetwork.Core.Tests.Clusters;

public class ClusterTableTests
{
    private static string[] Csv(ClusterGraph graph)
    {
        var writer = new StringWriter();
        ClusterTable.WriteCsv(writer, Service(graph).Rank(Staff, new ClusterRankRequest(NorthEast, AsOf: Today)));
        return writer.ToString().Split("\r\n");
    }

    private static Dictionary<string, string> Row(string[] lines, string specialismId)
    {
        var header = lines[0].Split(',');
        var row = lines.Single(l => l.StartsWith(specialismId + ",", StringComparison.Ordinal)).Split(',');
        return header.Zip(row).ToDictionary(p => p.First, p => p.Second);
    }

    [Fact]
    public void TheTableHasAHeaderAndOneRowPerSpecialismInRankOrder()
    {
        var lines = Csv(Build());

        Assert.Equal(string.Join(",", ClusterTable.ColumnNames), lines[0]);
        Assert.Equal(6 + 2, lines.Length); // header, six specialisms, and the empty string after the final CRLF
        Assert.Equal("", lines[^1]);
        Assert.StartsWith("spec-energy,Energy,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void ARowCarriesTheSameNumbersAsTheQuery()
    {
        // The values worked out in the other tests: 3 organisations, 1060 employees, EUR 180, LQs 1.125 / 1 / 1.0887…
        var row = Row(Csv(Build()), OffshoreWind);

        Assert.Equal("3", row["organisations"]);
        Assert.Equal("1", row["universities"]);
        Assert.Equal("1060", row["employees"]);
        Assert.Equal("0.685714", row["better_jobs_share"]);
        Assert.Equal("180", row["funding"]);
        Assert.Equal("GBP 90", row["funding_in_other_currencies"]);
        Assert.Equal("1.125", row["lq_organisations"]);
        Assert.Equal("1", row["lq_projects"]);
        Assert.Equal("1.08871", row["lq_funding"]);
        Assert.Equal("Bravo Robotics", row["top_connector_by_betweenness"]);
        Assert.Equal("all", row["betweenness_sources"]);
        Assert.Equal("2022-01-01", row["active_on"]);
        Assert.Equal("", row["from"]);
    }

    [Fact]
    public void UndefinedRatiosAreEmptyCellsNotNaN()
    {
        var row = Row(Csv(Build()), Space);

        Assert.Equal("", row["lq_organisations"]);
        Assert.Equal("", row["network_density"]);
        Assert.Equal("", row["relatedness_density"]);
        Assert.DoesNotContain("NaN", string.Join(",", row.Values), StringComparison.Ordinal);
    }

    [Fact]
    public void CommasQuotesAndLineBreaksAreQuoted()
    {
        var graph = Build();
        graph.Graph.Apply(new ChangeBatch(graph.Graph.Sequence + 1, DateTimeOffset.UnixEpoch, "test",
            [new PutNode(new Specialism { Id = "spec-ports", Name = "Ports, \"green\" harbours\nand shipping" })]));

        var csv = string.Join("\r\n", Csv(graph));

        Assert.Contains("spec-ports,\"Ports, \"\"green\"\" harbours\nand shipping\",", csv, StringComparison.Ordinal);
    }
}
