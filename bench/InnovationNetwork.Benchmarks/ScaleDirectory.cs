using System.Runtime.CompilerServices;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Imports.Synthetic;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Seed;

namespace InnovationNetwork.Benchmarks;

/// <summary>
/// The directories the graph, GraphQL and change-batch suites run over: the real seed plus the CLI's own
/// generator (<c>innovation generate --organisations N --seed 1</c> writes the same graph into a store), built
/// straight into memory and kept for the life of the benchmark process, so one size is built once.
/// </summary>
public static class ScaleDirectory
{
    public const int Seed = 1;

    /// <summary>
    /// The sizes the suites run at: 10k and 100k organisations, or those in BENCH_ORGANISATIONS
    /// (e.g. <c>BENCH_ORGANISATIONS=1000000</c>; see <see cref="JobConfig"/>).
    /// </summary>
    public static IEnumerable<int> Sizes() =>
        Environment.GetEnvironmentVariable("BENCH_ORGANISATIONS") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(int.Parse)
            : [10_000, 100_000];
    private static readonly Dictionary<int, InnovationGraph> Built = [];

    /// <summary>In this process, allowing the half hour a setup that builds a directory of a million may take.</summary>
    public static readonly InProcessEmitToolchain InProcess = new(TimeSpan.FromMinutes(30), logOutput: true);

    /// <summary>
    /// The job of the suites over these directories: 3 warm-ups and 10 iterations, in one process per
    /// benchmark; with BENCH_ORGANISATIONS set, every benchmark in this process, so the graph (three
    /// minutes to build at 1M) is built once (BenchmarkDotNet's own --inProcess leaves a job given by an
    /// attribute out of process), and no collection forced between iterations (each is seconds on the 1M
    /// graph's heap; the collections a benchmark causes are still in its time).
    /// </summary>
    public sealed class JobConfig : ManualConfig
    {
        public JobConfig()
        {
            var job = Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10);
            AddJob(Environment.GetEnvironmentVariable("BENCH_ORGANISATIONS") is { Length: > 0 }
                ? job.WithToolchain(InProcess).WithGcForce(false)
                : job);
        }
    }

    public static IReadOnlyList<Change> SeedChanges() =>
        SeedLoader.Load(SeedFolder(), new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public static SyntheticDirectory Generator(int organisations, IReadOnlyList<Change>? seed = null) =>
        new(new SyntheticOptions(organisations, Seed), (seed ?? SeedChanges()).OfType<PutNode>().Select(p => p.Node));

    /// <summary>The seed as batch 1, then the generator's batches, one at a time (a 1M directory is never held as changes).</summary>
    public static IEnumerable<ChangeBatch> Batches(int organisations)
    {
        var seed = SeedChanges();
        yield return new ChangeBatch(1, DateTimeOffset.UnixEpoch, "seed", seed);
        var sequence = 1L;
        foreach (var batch in Generator(organisations, seed).Batches())
        {
            yield return new ChangeBatch(++sequence, DateTimeOffset.UnixEpoch, "generate", batch);
        }
    }

    public static InnovationGraph Graph(int organisations)
    {
        lock (Built)
        {
            if (!Built.TryGetValue(organisations, out var graph))
            {
                graph = new InnovationGraph();
                foreach (var batch in Batches(organisations))
                {
                    graph.Apply(batch);
                }

                Built[organisations] = graph;
                Console.Error.WriteLine($"// {organisations:N0} organisations: {graph.NodeCount:N0} nodes");
            }

            return graph;
        }
    }

    /// <summary>
    /// A typical organisation for "organisation(id) with specialisms and ten collaborators": a business at
    /// the median of those with at least ten collaborators (hubs, with thousands, are measured apart).
    /// </summary>
    public static string TypicalOrganisation(InnovationGraph graph)
    {
        var withTen = graph.All<Organisation>()
            .Where(o => o.Kind == OrganisationKind.BUSINESS)
            .Select(o => (o.Id, Count: Collaborations.Count(graph, o.Id)))
            .Where(x => x.Count >= 10)
            .OrderBy(x => x.Count).ThenBy(x => x.Id, StringComparer.Ordinal)
            .ToList();
        return withTen.Count == 0 ? SyntheticDirectory.OrganisationId(0) : withTen[withTen.Count / 2].Id;
    }

    /// <summary>The busiest organisation: the first university, in thousands of projects.</summary>
    public static string Hub => SyntheticDirectory.OrganisationId(0);

    private static string SeedFolder([CallerFilePath] string path = "") =>
        SeedLoader.FindSeedDirectory([Path.GetDirectoryName(path)!, AppContext.BaseDirectory, Directory.GetCurrentDirectory()]);
}
