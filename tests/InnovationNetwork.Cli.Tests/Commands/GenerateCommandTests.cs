using InnovationNetwork.Cli.Tests.Support;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Imports.Synthetic;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Seed;
using static InnovationNetwork.Core.Graph.RelationshipType;

namespace InnovationNetwork.Cli.Tests.Commands;

public sealed class GenerateCommandTests
{
    [Fact]
    public async Task TheSameSizeAndSeedGiveTheSameDirectory()
    {
        using var first = new CliHarness();
        using var second = new CliHarness();

        var result = await first.RunAsync("generate", "--organisations", "1000", "--seed", "7");
        await second.RunAsync("generate", "--organisations", "1000", "--seed", "7");

        Assert.True(result.Exit == CliExitCodes.Ok, result.ToString());
        Assert.Equal(await first.ExportAsync(), await second.ExportAsync());
    }

    [Fact]
    public async Task AnotherSeedGivesAnotherDirectory()
    {
        using var first = new CliHarness();
        using var second = new CliHarness();

        await first.RunAsync("generate", "--organisations", "1000", "--seed", "1");
        await second.RunAsync("generate", "--organisations", "1000", "--seed", "2");

        Assert.NotEqual(await first.ExportAsync(), await second.ExportAsync());
    }

    [Fact]
    public async Task TheGeneratedGraphObeysEveryRuleTheValidatorChecks()
    {
        var seed = SeedLoader.Load(Repository.SeedDirectory, FixedClock.Moment);
        var graph = new InnovationGraph();
        Assert.Empty(ChangeValidator.Validate(graph, seed));
        graph.Apply(new ChangeBatch(1, FixedClock.Moment, "seed", seed));
        var directory = new SyntheticDirectory(new SyntheticOptions(1000, 3) { BatchSize = 2000 }, seed.OfType<PutNode>().Select(p => p.Node));

        var sequence = 1L;
        foreach (var batch in directory.Batches())
        {
            Assert.Empty(ChangeValidator.Validate(graph, batch));
            graph.Apply(new ChangeBatch(++sequence, FixedClock.Moment, "generate", batch));
        }

        Assert.Equal(1000 + seed.OfType<PutNode>().Count(p => p.Node is Organisation), graph.Count(NodeLabel.Organisation));
    }

    [Fact]
    public async Task AFewHubsTakePartInManyProjectsAndMostFirmsInFewOrNone()
    {
        using var cli = new CliHarness();
        await cli.RunAsync("generate", "--organisations", "10000", "--seed", "1");
        var graph = await cli.GraphAsync();

        var degrees = graph.All<Organisation>()
            .Where(o => o.Id.StartsWith("org-syn-", StringComparison.Ordinal))
            .Select(o => graph.Outgoing(o.Id, PARTICIPATES_IN).Count)
            .OrderDescending()
            .ToList();
        Assert.Equal(10000, degrees.Count);
        Assert.True(degrees[0] >= 500, $"the busiest organisation takes part in {degrees[0]} projects");
        Assert.True(degrees.Count(d => d <= 1) > degrees.Count / 2, "most organisations take part in at most one project");
        Assert.True(graph.Count(NodeLabel.Person) > 10000);
        Assert.True(graph.Count(NodeLabel.Capability) > 3000);
        Assert.True(graph.Count(NodeLabel.Challenge) >= 100);
    }

    [Fact]
    public async Task GenerateRefusesAStoreThatHoldsMoreThanTheSeed()
    {
        using var cli = new CliHarness();
        await cli.ImportCordisAsync();

        var result = await cli.RunAsync("generate", "--organisations", "1000");

        Assert.Equal(CliExitCodes.Failed, result.Exit);
        Assert.Contains("generate writes only into an empty store", result.Error);
    }
}
