using InnovationNetwork.Cli.Tests.Support;
using InnovationNetwork.Search;
using InnovationNetwork.Search.Analysis;
using Lucene.Net.Analysis.Synonym;

namespace InnovationNetwork.Cli.Tests.Commands;

public sealed class ReindexCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task AnImportLeavesTheSearchIndexBesideTheStoreInStepWithIt()
    {
        var import = await _cli.ImportCordisAsync();

        var reindex = await _cli.RunAsync("reindex");

        Assert.True(import.Exit == CliExitCodes.Ok, import.ToString());
        Assert.Contains("(rebuilt in", import.Output);
        Assert.True(Directory.Exists(Path.Combine(_cli.DataDirectory, "index")));
        Assert.Contains("(it was up to date in", reindex.Output);
        Assert.Equal(Documents(import.Output), Documents(reindex.Output));
    }

    [Fact]
    public async Task AnImportWhileARunningServiceHoldsTheIndexIsWrittenAndReindexCatchesUpLater()
    {
        await _cli.RunAsync("seed");
        await _cli.RunAsync("reindex");

        CliResult import;
        using (HoldIndex())
        {
            import = await _cli.ImportCordisAsync();
        }

        var caughtUp = await _cli.RunAsync("reindex");
        var rebuilt = await _cli.RunAsync("reindex", "--rebuild");

        Assert.True(import.Exit == CliExitCodes.Ok, import.ToString());
        Assert.Contains("The search index is open in a running service", import.Output);
        Assert.Contains("(caught up from 1 in", caughtUp.Output);
        Assert.Contains("(rebuilt in", rebuilt.Output);
        Assert.Equal(Documents(caughtUp.Output), Documents(rebuilt.Output));
    }

    [Fact]
    public async Task ReindexRefusesAnIndexAnotherProcessHoldsAndDeletesNothing()
    {
        await _cli.ImportCordisAsync();

        CliResult refused;
        using (HoldIndex())
        {
            refused = await _cli.RunAsync("reindex", "--rebuild");
        }

        var after = await _cli.RunAsync("reindex");
        Assert.Equal(CliExitCodes.Failed, refused.Exit);
        Assert.Contains("is in use by another process", refused.Error);
        Assert.Contains("(it was up to date in", after.Output);
    }

    /// <summary>The index opened as a running API holds it (its single-writer lock).</summary>
    private LuceneIndex HoldIndex() => new(
        new SearchOptions { IndexDirectory = Path.Combine(_cli.DataDirectory, "index") },
        new SynonymSet(new SynonymMap.Builder(dedup: true).Build(), []));

    private static string Documents(string output) => output[(output.LastIndexOf("):", StringComparison.Ordinal) + 2)..].Trim();
}
