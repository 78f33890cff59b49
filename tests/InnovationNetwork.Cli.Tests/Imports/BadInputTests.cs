using System.Text;
using InnovationNetwork.Cli.Tests.Support;

namespace InnovationNetwork.Cli.Tests.Imports;

/// <summary>Every kind of bad input the issue names: reported with file, line and reason, and the exit code to match.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task AFileSeparatedByTheWrongDelimiterIsRefusedNamingItAndNothingIsWritten()
    {
        var result = await _cli.ImportCordisAsync("project-commas.csv");

        Assert.Equal(CliExitCodes.Failed, result.Exit);
        Assert.Contains("project-commas.csv, line 1: the header is separated by commas, but this format is separated by semicolons", result.Error);
        Assert.Equal(1, Lines(result.Error));
        Assert.Equal(0, (await _cli.GraphAsync()).Sequence);
    }

    [Fact]
    public async Task AFileThatIsNotUtf8IsRefusedWithTheLineOfTheFirstBadByte()
    {
        var text = File.ReadAllText(Repository.Fixture("cordis", "project.csv")).Replace("Digital tools", "Digital tools für");
        var latin1 = _cli.Files.Write("project-latin1.csv", Encoding.Latin1.GetBytes(text));

        var result = await _cli.ImportCordisAsync(latin1);

        Assert.Equal(CliExitCodes.Failed, result.Exit);
        Assert.Contains("project-latin1.csv, line 3: the file is not UTF-8 text (byte 0xFC", result.Error);
        Assert.Contains("save it as UTF-8", result.Error);
        Assert.Equal(0, (await _cli.GraphAsync()).Sequence);
    }

    [Fact]
    public async Task AFileLackingARequiredColumnIsRefusedNamingTheColumn()
    {
        var result = await _cli.ImportCordisAsync("project-no-title.csv");

        Assert.Equal(CliExitCodes.Failed, result.Exit);
        Assert.Contains("project-no-title.csv, line 1: the header lacks the required column title (found 'id', 'acronym', 'startDate')", result.Error);
    }

    [Fact]
    public async Task MalformedNumbersDatesAndDuplicateIdsAreSkippedWithFileLineAndReasonAndExitTwo()
    {
        var result = await _cli.ImportCordisAsync("project-bad-values.csv");

        Assert.True(result.Exit == CliExitCodes.RowsSkipped, result.ToString());
        Assert.Contains("project-bad-values.csv, line 3: totalCost '12x4' is not a number.", result.Output);
        Assert.Contains("project-bad-values.csv, line 4: startDate '2015-13-45' is not a date; write it as yyyy-mm-dd.", result.Output);
        Assert.Contains("project-bad-values.csv, line 5: project id 900001 appears again (first on line 2); the first is kept.", result.Output);
        Assert.Contains("project-bad-values.csv, line 6: endDate 2015-01-01 is before startDate 2016-01-01.", result.Output);
        Assert.Contains("project-bad-values.csv, line 7: title is empty; it is required.", result.Output);
        Assert.Contains("Skipped", result.Output);
        var graph = await _cli.GraphAsync();
        Assert.NotNull(graph.Find("project-cordis-900001"));
        Assert.Null(graph.Find("project-cordis-900010"));
    }

    [Fact]
    public async Task ParticipationsOfUnknownProjectsAndOtherBadRowsAreSkippedAndCountedByReason()
    {
        var result = await _cli.ImportCordisAsync("project-bad-values.csv", "organization-bad.csv");

        Assert.True(result.Exit == CliExitCodes.RowsSkipped, result.ToString());
        Assert.Contains("organization-bad.csv, line 3: refers to an unknown project: project 999999 is neither in", result.Output);
        Assert.Contains("organization-bad.csv, line 4: PIC 999985417 takes part in project 900001 again (first on line 2)", result.Output);
        Assert.Contains("organization-bad.csv, line 5: organisationID 'ABC' is not a PIC", result.Output);
        Assert.Contains("organization-bad.csv, line 6: activityType 'XYZ' is not one of HES, PRC, REC, PUB, OTH.", result.Output);
        Assert.Contains("organization-bad.csv, line 7: a quote inside an unquoted field", result.Output);
        Assert.Contains("organization-bad.csv, line 8: refers to an unknown project: project 900010 was skipped (line 3 of", result.Output);
        Assert.Contains("Skipped 11 rows:", result.Output);
        Assert.Contains("     2  unknown project", result.Output);
    }

    [Fact]
    public async Task StrictModeStopsAtTheFirstBadRowAndWritesNothingNotEvenTheSeed()
    {
        var result = await _cli.ImportCordisAsync("project-bad-values.csv", "organization.csv", "--strict");

        Assert.Equal(CliExitCodes.Failed, result.Exit);
        Assert.Equal("Stopped at the first error (--strict), nothing was written: " +
                     $"{Repository.Fixture("cordis", "project-bad-values.csv")}, line 3: totalCost '12x4' is not a number.", result.Error.Trim());
        Assert.Equal(0, (await _cli.GraphAsync()).Sequence);
    }

    [Fact]
    public async Task StrictModeWithGoodFilesImportsAsUsual()
    {
        var result = await _cli.ImportCordisAsync("project.csv", "organization.csv", "--strict");

        Assert.True(result.Exit == CliExitCodes.Ok, result.ToString());
    }

    [Fact]
    public async Task AMissingFileIsOneSentenceAndANonZeroExit()
    {
        var result = await _cli.ImportCordisAsync(_cli.Files.File("nowhere.csv"));

        Assert.Equal(CliExitCodes.Failed, result.Exit);
        Assert.Equal($"Cannot import {_cli.Files.File("nowhere.csv")}: the file does not exist.", result.Error.Trim());
        Assert.False(File.Exists(Path.Combine(_cli.DataDirectory, "innovation.db")));
    }

    [Fact]
    public async Task AStoreThatCannotBeOpenedIsOneSentenceAndANonZeroExit()
    {
        Directory.CreateDirectory(_cli.DataDirectory);
        File.WriteAllText(Path.Combine(_cli.DataDirectory, "innovation.db"), "this is not a database, just text that is long enough to have a header");

        var result = await _cli.ImportCordisAsync();

        Assert.Equal(CliExitCodes.Failed, result.Exit);
        Assert.Equal(1, Lines(result.Error));
        Assert.Contains("innovation.db", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    private static int Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
}
