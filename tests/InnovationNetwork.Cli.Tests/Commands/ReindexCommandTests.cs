using InnovationNetwork.Cli.Tests.Support;

namespace InnovationNetwork.Cli.Tests.Commands;

public sealed class ReindexCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task ReindexBuildsTheIndexBesideTheStoreThenFindsItUpToDate()
    {
        await _cli.ImportCordisAsync();

        var first = await _cli.RunAsync("reindex");
        var second = await _cli.RunAsync("reindex");

        Assert.True(first.Exit == CliExitCodes.Ok, first.ToString());
        Assert.Contains("(rebuilt in", first.Output);
        Assert.True(Directory.Exists(Path.Combine(_cli.DataDirectory, "index")));
        Assert.Contains("(it was up to date in", second.Output);
    }

    [Fact]
    public async Task ReindexCatchesUpWithWhatWasImportedSinceAndRebuildStartsAfresh()
    {
        await _cli.RunAsync("seed");
        await _cli.RunAsync("reindex");
        await _cli.ImportCordisAsync();

        var caughtUp = await _cli.RunAsync("reindex");
        var rebuilt = await _cli.RunAsync("reindex", "--rebuild");

        Assert.Contains("(caught up from 1 in", caughtUp.Output);
        Assert.Contains("(rebuilt in", rebuilt.Output);
        Assert.Equal(Documents(caughtUp.Output), Documents(rebuilt.Output));
    }

    private static string Documents(string output) => output[(output.LastIndexOf("):", StringComparison.Ordinal) + 2)..].Trim();
}
