using System.Runtime.CompilerServices;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Seed;

namespace InnovationNetwork.Core.Tests.Seed;

/// <summary>The repository's own seed folder and what it loads to, shared by the seed tests.</summary>
internal static class RepositorySeed
{
    public static readonly DateTimeOffset At = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // Builds may put their output outside the repository (--artifacts-path), so besides the base and
    // current directories the search also starts from this source file, which is always inside it.
    public static string Directory { get; } = SeedLoader.FindSeedDirectory(
        [AppContext.BaseDirectory, System.IO.Directory.GetCurrentDirectory(), SourceDirectory()]);

    public static IReadOnlyList<Change> Changes { get; } = SeedLoader.Load(Directory, At);

    public static IReadOnlyList<Node> Nodes { get; } = Changes.OfType<PutNode>().Select(p => p.Node).ToList();

    public static IReadOnlyList<Relationship> Relationships { get; } =
        Changes.OfType<Link>().Select(l => l.Relationship).ToList();

    public static IEnumerable<T> All<T>() where T : Node => Nodes.OfType<T>();

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
