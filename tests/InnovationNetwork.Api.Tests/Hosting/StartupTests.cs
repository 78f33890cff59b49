using System.Diagnostics;
using InnovationNetwork.Api.Hosting;
using InnovationNetwork.Api.Tests.Infrastructure;

namespace InnovationNetwork.Api.Tests.Hosting;

/// <summary>Start-up over a data directory of each test's own: seeding, and files it must refuse untouched.</summary>
public sealed class StartupTests : IDisposable
{
    private readonly string _dataDirectory = ApiFactory.NewDataDirectory();

    public void Dispose() => ApiFactory.TryDelete(_dataDirectory);

    [Fact]
    public async Task TheFirstStartWritesTheSeedAsOneBatch()
    {
        await using var app = ApiFactory.Over(_dataDirectory);
        app.CreateClient();

        Assert.Equal(1, await app.Store.CurrentSequenceAsync());
        var batch = Assert.Single(await app.Store.ReadChangesAsync(0, 10));
        Assert.Equal(GraphStartup.SeedActor, batch.Actor);
    }

    [Fact]
    public async Task StartingTwiceOnTheSameDataDirectoryWritesTheSeedOnce()
    {
        await using (var first = ApiFactory.Over(_dataDirectory))
        {
            first.CreateClient();
        }

        await using var second = ApiFactory.Over(_dataDirectory);
        var client = second.CreateClient();

        Assert.Equal(1, await second.Store.CurrentSequenceAsync());
        var json = await (await client.PostGraphQLAsync(GraphQLHttpClientExtensions.Body("""{ node(id: "place-E06000057") { id } }"""))).ReadJsonAsync();
        Assert.Equal("place-E06000057", json.GetProperty("data").GetProperty("node").GetProperty("id").GetString());
    }

    [Fact]
    public async Task WithTheSeedDisabledAnEmptyStoreStaysEmpty()
    {
        await using var app = ApiFactory.Over(_dataDirectory).With("Seed:Enabled", "false");
        app.CreateClient();

        Assert.Equal(0, await app.Store.CurrentSequenceAsync());
    }

    [Fact]
    public async Task ACorruptDatabaseFileStopsStartUpNamingTheFileAndIsLeftUntouched()
    {
        var garbage = new byte[8192];
        new Random(42).NextBytes(garbage);
        var file = Path.Combine(_dataDirectory, "innovation.db");
        await File.WriteAllBytesAsync(file, garbage);

        await using var app = ApiFactory.Over(_dataDirectory);
        var failure = Assert.IsType<StartupFailedException>(Record.Exception(() => app.CreateClient()));

        Assert.Contains(file, failure.Message);
        Assert.Equal(failure.Message, failure.ToString());
        Assert.Equal(garbage, await File.ReadAllBytesAsync(file));
        Assert.Equal(["innovation.db"], Directory.GetFiles(_dataDirectory).Select(Path.GetFileName));
    }

    [Fact]
    public async Task TheNeo4jStoreKindWithoutAUrlStopsStartUpSayingWhatToSet()
    {
        await using var app = ApiFactory.Over(_dataDirectory).With("Store:Kind", "Neo4j");

        var failure = Assert.IsType<StartupFailedException>(Record.Exception(() => app.CreateClient()));

        Assert.StartsWith("Store:Neo4j:Url is ''; give Neo4j's HTTP address", failure.Message);
    }

    [Fact]
    public async Task AMissingSeedDirectoryStopsStartUpNamingIt()
    {
        var missing = Path.Combine(_dataDirectory, "no-seed-here");
        await using var app = ApiFactory.Over(_dataDirectory).With("Seed:Directory", missing);

        // Whichever start-up service reads the seed folder first (the graph's seed, search's synonyms) says so.
        var failure = Record.Exception(() => app.CreateClient());

        Assert.NotNull(failure);
        Assert.Contains(missing, failure.Message);
    }

    [Fact]
    public async Task TheServiceProcessExitsWithCode1AndOneSentenceWhenTheDatabaseFileIsCorrupt()
    {
        var file = Path.Combine(_dataDirectory, "innovation.db");
        await File.WriteAllTextAsync(file, "this is not a database");

        var (exitCode, output) = await RunServiceAsync("--urls", "http://127.0.0.1:0", $"--Store:DataDirectory={_dataDirectory}",
            $"--Seed:Directory={Path.Combine(RepositoryRoot.Find(), "seed")}");

        Assert.Equal(ApplicationRunExtensions.CannotStartExitCode, exitCode);
        Assert.Contains($"The database file {file} is not a readable SQLite database", output);
        Assert.DoesNotContain("   at ", output);
        Assert.Equal("this is not a database", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task TheServiceProcessExitsWithCode1AndOneSentenceWhenTheContentRootIsMissing()
    {
        var missing = Path.Combine(_dataDirectory, "no-such-folder");

        var (exitCode, output) = await RunServiceAsync("--contentRoot", missing, "--urls", "http://127.0.0.1:0");

        Assert.Equal(ApplicationRunExtensions.CannotStartExitCode, exitCode);
        Assert.Contains($"The content root {missing}", output);
        Assert.Contains("does not exist", output);
        Assert.DoesNotContain("   at ", output);
    }

    /// <summary>Runs the built service (copied beside the tests) as its own process until it exits.</summary>
    private async Task<(int ExitCode, string Output)> RunServiceAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _dataDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "InnovationNetwork.Api.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
