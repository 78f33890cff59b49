using InnovationNetwork.Cli.Tests.Support;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Cli.Tests.Commands;

public sealed class ExportAndStatsCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task SeedWritesTheSeedIntoAnEmptyStoreOnlyOnce()
    {
        var first = await _cli.RunAsync("seed");
        var second = await _cli.RunAsync("seed");

        Assert.True(first.Exit == CliExitCodes.Ok, first.ToString());
        Assert.Contains("Wrote the seed", first.Output);
        Assert.Contains("is not empty", second.Output);
        Assert.Equal(1, (await _cli.GraphAsync()).Sequence);
    }

    [Fact]
    public async Task StatsCountsNodesPerLabelAndRelationshipsPerType()
    {
        await _cli.ImportCordisAsync();

        var result = await _cli.RunAsync("stats");

        Assert.True(result.Exit == CliExitCodes.Ok, result.ToString());
        var graph = await _cli.GraphAsync();
        Assert.Contains($"| Project          | {graph.Count(NodeLabel.Project),5} |", result.Output);
        Assert.Contains("PARTICIPATES_IN", result.Output);
    }

    [Fact]
    public async Task AJsonLinesExportIsAReplayableBatchOfTheWholeGraph()
    {
        await _cli.ImportCordisAsync();
        var file = _cli.Files.File("graph.jsonl");

        var result = await _cli.RunAsync("export", "--format", "jsonl", "--out", file);

        Assert.True(result.Exit == CliExitCodes.Ok, result.ToString());
        var changes = File.ReadAllLines(file).Select(GraphJson.Deserialize<Change>).ToList();
        var replayed = new InnovationGraph();
        Assert.Empty(ChangeValidator.Validate(replayed, changes));
        replayed.Apply(new ChangeBatch(1, FixedClock.Moment, "replay", changes));
        var original = await _cli.GraphAsync();
        Assert.Equal(original.NodeCount, replayed.NodeCount);
        Assert.Equal(original.Outgoing("org-pic-900000001").OrderBy(r => r.Key.ToString()), replayed.Outgoing("org-pic-900000001").OrderBy(r => r.Key.ToString()));
    }

    [Fact]
    public async Task ACsvExportWritesAFilePerLabelAndTheRelationships()
    {
        await _cli.ImportCordisAsync();
        var folder = _cli.Files.File("csv");

        var result = await _cli.RunAsync("export", "--format", "csv", "--out", folder);

        Assert.True(result.Exit == CliExitCodes.Ok, result.ToString());
        var organisations = File.ReadAllLines(Path.Combine(folder, "organisations.csv"));
        Assert.StartsWith("id,", organisations[0]);
        Assert.Contains(organisations, line => line.StartsWith("org-pic-900000001,", StringComparison.Ordinal) && line.Contains("PIC:900000001"));
        Assert.Contains(File.ReadAllLines(Path.Combine(folder, "relationships.csv")),
            line => line == "PARTICIPATES_IN,org-pic-900000001,project-cordis-900001,participant,250000.5,EUR,");
        Assert.True(File.Exists(Path.Combine(folder, "people.csv")));
    }

    [Fact]
    public async Task PrintSchemaPrintsTheSdlWithItsDescriptions()
    {
        var result = await _cli.RunAsync("print-schema");

        Assert.True(result.Exit == CliExitCodes.Ok, result.ToString());
        Assert.Contains("type Query", result.Output);
        Assert.Contains("type Organisation", result.Output);
        Assert.Contains("The North East of England's innovation network", result.Output);
    }
}
