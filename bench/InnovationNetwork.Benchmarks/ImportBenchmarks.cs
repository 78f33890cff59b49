using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace InnovationNetwork.Benchmarks;

/// <summary>
/// The import targets of the issue, measured end to end through the real command line (process start-up
/// aside): the whole shared CORDIS UK extract into an empty store (≤ 30 s, seed included) and the same import
/// run again (≤ 10 s; it loads the graph, reads both files and finds nothing to change). Each iteration is one
/// import, so the monitoring strategy reports single runs rather than averaged micro-measurements.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ImportCordisBenchmarks
{
    private string _projects = "";
    private string _organisations = "";
    private string _dataDirectory = "";

    [GlobalSetup]
    public void FindData()
    {
        var folder = ImportBenchmarkData.CordisFolder();
        _projects = Path.Combine(folder, "project.csv.gz");
        _organisations = Path.Combine(folder, "organization.csv.gz");
    }

    [GlobalSetup(Target = nameof(ReImport))]
    public void ImportOnce()
    {
        FindData();
        _dataDirectory = ImportBenchmarkData.NewDataDirectory();
        Import();
    }

    [IterationSetup(Target = nameof(FirstImport))]
    public void EmptyStore() => _dataDirectory = ImportBenchmarkData.NewDataDirectory();

    [Benchmark(Description = "import cordis into an empty store")]
    public int FirstImport() => Import();

    [Benchmark(Description = "import cordis again (nothing to change)")]
    public int ReImport() => Import();

    [GlobalCleanup]
    public void Clean() => ImportBenchmarkData.DeleteDataDirectories();

    private int Import() => ImportBenchmarkData.Run(
        "import", "cordis", "--projects", _projects, "--organisations", _organisations, "--data-dir", _dataDirectory);
}

/// <summary><c>generate</c> into an empty store: the synthetic directories the other benchmarks scale to.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2)]
public class ImportGenerateBenchmarks
{
    private string _dataDirectory = "";

    [Params(10_000, 100_000)]
    public int Organisations { get; set; }

    [IterationSetup]
    public void EmptyStore() => _dataDirectory = ImportBenchmarkData.NewDataDirectory();

    [Benchmark(Description = "generate --organisations N")]
    public int Generate() => ImportBenchmarkData.Run("generate", "--organisations", $"{Organisations}", "--seed", "1", "--data-dir", _dataDirectory);

    [GlobalCleanup]
    public void Clean() => ImportBenchmarkData.DeleteDataDirectories();
}
