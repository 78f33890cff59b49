using InnovationNetwork.Cli.Tests.Support;
using InnovationNetwork.Core.Projects;

namespace InnovationNetwork.Cli.Tests.Imports;

public sealed class IdempotencyTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task RunningTheSameCordisImportTwiceChangesNothingTheSecondTimeAndSaysSo()
    {
        await _cli.ImportCordisAsync();
        var before = await _cli.ExportAsync();
        var sequence = (await _cli.GraphAsync()).Sequence;

        var again = await _cli.ImportCordisAsync();

        Assert.True(again.Exit == CliExitCodes.Ok, again.ToString());
        Assert.Contains("Nothing changed", again.Output);
        Assert.Equal(sequence, (await _cli.GraphAsync()).Sequence);
        Assert.Equal(before, await _cli.ExportAsync());
    }

    [Fact]
    public async Task ARunOnALaterDayWithTheSameFilesLeavesSourcesAndVersionsAlone()
    {
        await _cli.ImportCordisAsync();
        var before = await _cli.ExportAsync();
        using var later = new CliHarness { Clock = new FixedClock(FixedClock.Moment.AddDays(30)) };
        CopyStore(_cli, later);

        var again = await later.ImportCordisAsync();

        Assert.Contains("Nothing changed", again.Output);
        Assert.Equal(before, await later.ExportAsync());
    }

    [Fact]
    public async Task AChangedRowUpdatesItsNodeAtTheNextVersionAndDatesTheImport()
    {
        await _cli.ImportCordisAsync();
        var changed = _cli.Files.Write("project.csv",
            File.ReadAllText(Repository.Fixture("cordis", "project.csv")).Replace("Graphene inks for printed electronics", "Graphene inks for printed and flexible electronics"));
        using var later = new CliHarness { Clock = new FixedClock(FixedClock.Moment.AddDays(1)) };
        CopyStore(_cli, later);

        var result = await later.ImportCordisAsync(changed);

        Assert.True(result.Exit == CliExitCodes.Ok, result.ToString());
        var project = (await later.GraphAsync()).Find<Project>("project-cordis-900003")!;
        Assert.Equal("Graphene inks for printed and flexible electronics", project.Title);
        Assert.Equal(2, project.Version);
        Assert.Equal(FixedClock.Moment.AddDays(1), Assert.Single(project.Sources).At);
    }

    private static void CopyStore(CliHarness from, CliHarness to)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.CreateDirectory(to.DataDirectory);
        foreach (var file in Directory.GetFiles(from.DataDirectory))
        {
            File.Copy(file, Path.Combine(to.DataDirectory, Path.GetFileName(file)), overwrite: true);
        }
    }
}
