using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Imports.Synthetic;
using InnovationNetwork.Core.Seed;
using InnovationNetwork.Search;
using InnovationNetwork.Search.Analysis;

namespace InnovationNetwork.Benchmarks;

/// <summary>
/// The synthetic directory the search and matching benchmarks run over: the real seed plus Core's
/// deterministic generator (text from the specialisms' own keywords, heavy-tailed collaboration), sized so
/// the index holds about 100k searchable entities (organisations, people, capabilities, projects, challenges).
/// </summary>
public static class SearchBenchmarkDirectory
{
    /// <summary>Organisations generated; with their people, capabilities, projects and challenges this is ~100k entities.</summary>
    public const int Organisations = 30_000;

    public static string SeedFolder => SeedLoader.FindSeedDirectory();

    /// <summary>The seed's changes, then the generator's batches, numbered from 1.</summary>
    public static List<ChangeBatch> Batches(int organisations = Organisations)
    {
        var seed = SeedLoader.Load(SeedFolder, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var directory = new SyntheticDirectory(new SyntheticOptions(organisations, 42), seed.OfType<PutNode>().Select(p => p.Node));
        var batches = new List<ChangeBatch> { new(1, DateTimeOffset.UnixEpoch, "seed", seed) };
        foreach (var batch in directory.Batches())
        {
            batches.Add(new ChangeBatch(batches.Count + 1, DateTimeOffset.UnixEpoch, "generate", batch.ToArray()));
        }

        return batches;
    }

    public static InnovationGraph Graph(IEnumerable<ChangeBatch> batches)
    {
        var graph = new InnovationGraph();
        foreach (var batch in batches)
        {
            graph.Apply(batch);
        }

        return graph;
    }

    private static readonly Dictionary<int, (InnovationGraph, LuceneIndex)> Built = [];

    /// <summary>
    /// The graph of this many organisations and its index in a temporary folder, built once per process
    /// and size (the folder goes when the process ends): at ~1M entities the index takes minutes.
    /// </summary>
    public static (InnovationGraph Graph, LuceneIndex Index) Indexed(int organisations)
    {
        lock (Built)
        {
            if (!Built.TryGetValue(organisations, out var built))
            {
                var graph = Graph(Batches(organisations));
                var folder = Path.Combine(Path.GetTempPath(), "in-search-bench-" + Guid.NewGuid().ToString("N"));
                var index = new LuceneIndex(new SearchOptions { IndexDirectory = folder }, Synonyms());
                index.OnLoaded(graph);
                AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                {
                    index.Dispose();
                    Directory.Delete(folder, recursive: true);
                };
                Built[organisations] = built = (graph, index);
            }

            return built;
        }
    }

    public static SynonymSet Synonyms() => SynonymMapLoader.Load(Path.Combine(SeedFolder, SeedLoader.SynonymsFile));

    public static int Searchable(InnovationGraph graph) =>
        graph.Count(NodeLabel.Organisation) + graph.Count(NodeLabel.Person) + graph.Count(NodeLabel.Capability)
        + graph.Count(NodeLabel.Project) + graph.Count(NodeLabel.Challenge);
}
