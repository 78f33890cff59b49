using InnovationNetwork.Cli.Tests.Support;

namespace InnovationNetwork.Cli.Tests.Imports;

public sealed class InterruptionTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task AnImportStoppedAfterSomeBatchesAndRunAgainEndsInTheSameStateAsAnUninterruptedOne(int batchesBeforeStop)
    {
        using var uninterrupted = new CliHarness();
        await uninterrupted.ImportCordisAsync("project.csv", "organization.csv", "--batch-size", "5");
        var expected = await uninterrupted.ExportAsync();

        using var interrupted = new CliHarness();
        using var stop = new CancellationTokenSource();
        var batches = 0;
        var stopped = await interrupted.RunAsync(
            _ =>
            {
                if (++batches == batchesBeforeStop)
                {
                    stop.Cancel();
                }
            },
            stop.Token,
            ImportArgs("--batch-size", "5"));

        Assert.True(stopped.Exit == CliExitCodes.Cancelled, stopped.ToString());
        Assert.Contains("run the same command again", stopped.Error);
        var partial = await interrupted.ExportAsync();
        Assert.NotEqual(expected, partial);

        var resumed = await interrupted.RunAsync(ImportArgs("--batch-size", "5"));

        Assert.True(resumed.Exit == CliExitCodes.Ok, resumed.ToString());
        Assert.Equal(expected, await interrupted.ExportAsync());
    }

    private static string[] ImportArgs(params string[] extra) =>
    [
        "import", "cordis",
        "--projects", Repository.Fixture("cordis", "project.csv"),
        "--organisations", Repository.Fixture("cordis", "organization.csv"),
        .. extra,
    ];
}
