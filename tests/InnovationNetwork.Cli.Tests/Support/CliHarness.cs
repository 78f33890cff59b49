using InnovationNetwork.Cli.Export;
using InnovationNetwork.Cli.Output;
using InnovationNetwork.Cli.Store;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Cli.Tests.Support;

/// <summary>Runs the real command line in-process against a store in a temp folder, with plain output captured.</summary>
internal sealed class CliHarness : IDisposable
{
    private readonly TempDirectory _temp = new();

    public string DataDirectory => Path.Combine(_temp.Path, "data");

    public TempDirectory Files => _temp;

    public TimeProvider Clock { get; init; } = new FixedClock();

    public async Task<CliResult> RunAsync(params string[] args) => await RunAsync(null, default, args);

    public async Task<CliResult> RunAsync(Action<int>? afterBatch, CancellationToken cancellationToken, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, rich: false);
        var context = new CliContext(console, Clock) { AfterBatch = afterBatch };
        var exit = await CliApp.RunAsync([.. args, "--data-dir", DataDirectory, "--seed-dir", Repository.SeedDirectory], console, context, cancellationToken);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    /// <summary>The CORDIS fixture import with any extra arguments.</summary>
    public Task<CliResult> ImportCordisAsync(string projects = "project.csv", string organisations = "organization.csv", params string[] extra) =>
        RunAsync(["import", "cordis", "--projects", Fixture(projects), "--organisations", Fixture(organisations), .. extra]);

    /// <summary>The graph as the store holds it now, loaded fresh.</summary>
    public async Task<InnovationGraph> GraphAsync()
    {
        await using var store = await CliStore.OpenAsync(DataDirectory);
        return store.Graph;
    }

    /// <summary>The whole store as JSON lines in a fixed order (what `export --format jsonl` writes).</summary>
    public async Task<string> ExportAsync()
    {
        var writer = new StringWriter();
        await GraphExport.WriteJsonLinesAsync(await GraphAsync(), writer, CancellationToken.None);
        return writer.ToString();
    }

    public void Dispose() => _temp.Dispose();

    private static string Fixture(string name) => Path.IsPathRooted(name) ? name : Repository.Fixture("cordis", name);
}

/// <summary>What a command line did: its exit code and what it printed.</summary>
internal sealed record CliResult(int Exit, string Output, string Error)
{
    public override string ToString() => $"exit {Exit}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
