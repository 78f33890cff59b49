using System.Runtime.CompilerServices;
using InnovationNetwork.Core.Seed;

namespace InnovationNetwork.Cli.Tests.Support;

/// <summary>Where the tests find the repository's seed, their fixtures and the shared real data.</summary>
internal static class Repository
{
    // Builds may put their output outside the repository (--artifacts-path), so the search also starts
    // from this source file, which is always inside it.
    public static string SeedDirectory { get; } = SeedLoader.FindSeedDirectory(
        [SourceDirectory(), AppContext.BaseDirectory, Directory.GetCurrentDirectory()]);

    public static string Fixtures { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

    /// <summary>
    /// The shared data folder (holding cordis-uk/ and esif-ne/): SHARED_DATA_DIR when set, else the first
    /// folder named shared/data found walking up from the repository (it sits beside it as ../shared/data).
    /// </summary>
    public static string? SharedData { get; } = FindSharedData();

    private static string? FindSharedData()
    {
        if (Environment.GetEnvironmentVariable("SHARED_DATA_DIR") is { Length: > 0 } configured)
        {
            return Directory.Exists(configured) ? configured : null;
        }

        for (var dir = new DirectoryInfo(SeedDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
