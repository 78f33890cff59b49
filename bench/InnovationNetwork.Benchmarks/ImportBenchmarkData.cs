using System.Runtime.CompilerServices;
using InnovationNetwork.Cli;
using InnovationNetwork.Cli.Output;
using InnovationNetwork.Core.Seed;

namespace InnovationNetwork.Benchmarks;

/// <summary>Where the import benchmarks find the seed and the shared data, and their throw-away stores.</summary>
internal static class ImportBenchmarkData
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "innovation-import-bench", Environment.ProcessId.ToString());
    private static readonly string Seed = SeedLoader.FindSeedDirectory([SourceDirectory(), AppContext.BaseDirectory, Directory.GetCurrentDirectory()]);

    /// <summary>SHARED_DATA_DIR/cordis-uk, else shared/data/cordis-uk found walking up from the repository.</summary>
    public static string CordisFolder()
    {
        if (Environment.GetEnvironmentVariable("SHARED_DATA_DIR") is { Length: > 0 } configured)
        {
            return Path.Combine(configured, "cordis-uk");
        }

        for (var dir = new DirectoryInfo(Seed); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "cordis-uk");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The shared CORDIS data was not found: set SHARED_DATA_DIR to the folder holding cordis-uk/.");
    }

    public static string NewDataDirectory() => Path.Combine(Root, Guid.NewGuid().ToString("N"));

    /// <summary>Runs the command line with plain output thrown away; fails the benchmark on a failed run.</summary>
    public static int Run(params string[] args)
    {
        var console = new CliConsole(TextWriter.Null, TextWriter.Null, rich: false);
        var exit = CliApp.RunAsync([.. args, "--seed-dir", Seed], console).GetAwaiter().GetResult();

        // The shared extract has 33 participations of projects it does not hold: exit 2 is its normal outcome.
        return exit is CliExitCodes.Ok or CliExitCodes.RowsSkipped
            ? exit
            : throw new InvalidOperationException($"innovation {string.Join(' ', args)} exited with {exit}.");
    }

    public static void DeleteDataDirectories()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
