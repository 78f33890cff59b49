using InnovationNetwork.Core.Seed;

namespace InnovationNetwork.Core.Tests.Seed;

/// <summary>Each test copies the repository's seed to a temporary folder and breaks one file.</summary>
public sealed class SeedFileErrorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("seed-test-").FullName;

    public SeedFileErrorTests()
    {
        foreach (var file in Directory.GetFiles(RepositorySeed.Directory))
        {
            File.Copy(file, Path.Combine(_dir, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void AMissingFileIsNamedInTheError()
    {
        File.Delete(Path.Combine(_dir, SeedLoader.ChallengesFile));

        var error = Assert.Throws<SeedFileException>(() => SeedLoader.Load(_dir, RepositorySeed.At));

        Assert.Contains("challenges.json", error.Message);
        Assert.Contains("missing", error.Message);
    }

    [Fact]
    public void MalformedJsonIsReportedWithTheFileName()
    {
        File.WriteAllText(Path.Combine(_dir, SeedLoader.CapabilitiesFile), "[ { \"id\": ");

        var error = Assert.Throws<SeedFileException>(() => SeedLoader.Load(_dir, RepositorySeed.At));

        Assert.Contains("capabilities.json", error.Message);
    }

    [Fact]
    public void AnEntryWithoutARequiredFieldIsReportedWithTheFileName()
    {
        File.WriteAllText(Path.Combine(_dir, SeedLoader.ProjectsFile), """[ { "id": "project-x" } ]""");

        var error = Assert.Throws<SeedFileException>(() => SeedLoader.Load(_dir, RepositorySeed.At));

        Assert.Contains("projects.json", error.Message);
        Assert.Contains("title", error.Message);
    }

    [Fact]
    public void AMisspelledFieldIsAnErrorRatherThanSilentlyIgnored()
    {
        File.WriteAllText(Path.Combine(_dir, SeedLoader.ProjectsFile), """[ { "id": "project-x", "title": "X", "specialism": [] } ]""");

        var error = Assert.Throws<SeedFileException>(() => SeedLoader.Load(_dir, RepositorySeed.At));

        Assert.Contains("specialism", error.Message);
    }

    [Fact]
    public void AReferenceToAnUndefinedIdNamesTheFileTheEntryAndTheId()
    {
        File.WriteAllText(Path.Combine(_dir, SeedLoader.ProjectsFile),
            """[ { "id": "project-x", "title": "X", "specialisms": ["spec-no-such-thing"] } ]""");

        var error = Assert.Throws<SeedFileException>(() => SeedLoader.Load(_dir, RepositorySeed.At));

        Assert.Contains("projects.json", error.Message);
        Assert.Contains("project-x", error.Message);
        Assert.Contains("spec-no-such-thing", error.Message);
    }

    [Fact]
    public void AnIdUsedTwiceIsAnError()
    {
        File.WriteAllText(Path.Combine(_dir, SeedLoader.ProjectsFile),
            """[ { "id": "project-x", "title": "X" }, { "id": "project-x", "title": "Y" } ]""");

        var error = Assert.Throws<SeedFileException>(() => SeedLoader.Load(_dir, RepositorySeed.At));

        Assert.Contains("project-x", error.Message);
        Assert.Contains("twice", error.Message);
    }

    [Fact]
    public void AnIdWithTheWrongPrefixIsAnError()
    {
        File.WriteAllText(Path.Combine(_dir, SeedLoader.ProjectsFile), """[ { "id": "org-x", "title": "X" } ]""");

        var error = Assert.Throws<SeedFileException>(() => SeedLoader.Load(_dir, RepositorySeed.At));

        Assert.Contains("project-", error.Message);
    }

    [Fact]
    public void APostcodeAreaNamingAnUnknownPlaceIsReportedWithItsLine()
    {
        File.AppendAllText(Path.Combine(_dir, SeedLoader.PostcodeAreasFile), "ZZ,place-nowhere\n");

        var error = Assert.Throws<SeedFileException>(() => SeedLoader.LoadPostcodes(_dir));

        Assert.Contains("postcode-areas.csv", error.Message);
        Assert.Contains("place-nowhere", error.Message);
    }
}
