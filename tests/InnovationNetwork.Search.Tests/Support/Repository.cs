using System.Runtime.CompilerServices;
using InnovationNetwork.Core.Seed;
using InnovationNetwork.Search.Analysis;

namespace InnovationNetwork.Search.Tests.Support;

/// <summary>The repository's own seed folder and synonym map, as the service reads them.</summary>
internal static class Repository
{
    // Built outside the repository (a private --artifacts-path), the tests find the seed from their own source.
    public static readonly string SeedDirectory = SeedLoader.FindSeedDirectory([AppContext.BaseDirectory, Directory.GetCurrentDirectory(), SourceDirectory()]);

    private static readonly Lazy<SynonymSet> LazySynonyms = new(() => SynonymMapLoader.Load(Path.Combine(SeedDirectory, SeedLoader.SynonymsFile)));

    public static SynonymSet Synonyms => LazySynonyms.Value;

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
