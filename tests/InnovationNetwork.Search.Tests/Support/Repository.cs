using System.Runtime.CompilerServices;
using InnovationNetwork.Core.Seed;
using InnovationNetwork.Search.Analysis;
using Lucene.Net.Analysis.Synonym;

namespace InnovationNetwork.Search.Tests.Support;

/// <summary>The repository's own seed folder and synonym map, as the service reads them.</summary>
internal static class Repository
{
    // Built outside the repository (a private --artifacts-path), the tests find the seed from their own source.
    public static readonly string SeedDirectory = SeedLoader.FindSeedDirectory([AppContext.BaseDirectory, Directory.GetCurrentDirectory(), SourceDirectory()]);

    private static readonly Lazy<SynonymMap> LazySynonyms = new(() => SynonymMapLoader.Load(Path.Combine(SeedDirectory, SeedLoader.SynonymsFile)));

    public static SynonymMap Synonyms => LazySynonyms.Value;

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
