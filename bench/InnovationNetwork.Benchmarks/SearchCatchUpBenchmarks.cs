using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Ports;
using InnovationNetwork.Search;

namespace InnovationNetwork.Benchmarks;

/// <summary>
/// Start-up catch-up: an index committed over ~100k entities, then 10,000 change batches written while it
/// was down (new descriptions, new capabilities, new participations), then the restart: open the index and
/// re-index what the change log says changed. Target (issue 4): ≤ 2 s for 10k changes.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class SearchCatchUpBenchmarks
{
    public const int Changes = 10_000;

    private string _committed = "";
    private string _working = "";
    private MemoryStore _store = null!;
    private InnovationGraph _graph = null!;
    private LuceneIndex? _index;

    [GlobalSetup]
    public void Setup()
    {
        var batches = SearchBenchmarkDirectory.Batches();
        _store = new MemoryStore(batches);
        _graph = SearchBenchmarkDirectory.Graph(batches);
        _committed = Path.Combine(Path.GetTempPath(), "in-catchup-" + Guid.NewGuid().ToString("N"));
        using (var index = new LuceneIndex(new SearchOptions { IndexDirectory = _committed }, SearchBenchmarkDirectory.Synonyms()))
        {
            index.OnLoaded(_graph);
        }

        foreach (var batch in ChangesWhileDown(_graph, batches.Count))
        {
            _graph.Apply(batch);
            _store.Add(batch);
        }
    }

    [IterationSetup]
    public void CopyTheCommittedIndex()
    {
        _working = _committed + "-" + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(_working);
        foreach (var file in Directory.GetFiles(_committed))
        {
            File.Copy(file, Path.Combine(_working, Path.GetFileName(file)));
        }
    }

    /// <summary>Opening the index and catching up on 10k batches (the graph is already loaded: that is GraphService's part).</summary>
    [Benchmark]
    public IndexStartup CatchUpTenThousandChanges()
    {
        _index = new LuceneIndex(new SearchOptions { IndexDirectory = _working }, SearchBenchmarkDirectory.Synonyms(), _store);
        _index.OnLoaded(_graph);
        var startup = _index.LastStartup!;
        if (startup.Kind != IndexStartupKind.CaughtUp)
        {
            throw new InvalidOperationException($"Expected a catch-up, got {startup.Kind}.");
        }

        return startup;
    }

    [IterationCleanup]
    public void Close()
    {
        _index?.Dispose();
        Directory.Delete(_working, recursive: true);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_committed, recursive: true);

    /// <summary>One change per batch, the worst case for per-batch costs: half new descriptions, the rest new participations and capabilities.</summary>
    private static IEnumerable<ChangeBatch> ChangesWhileDown(InnovationGraph graph, int lastSequence)
    {
        var random = new Random(7);
        var organisations = graph.All<Organisation>().OrderBy(o => o.Id, StringComparer.Ordinal).ToArray();
        var projects = graph.Nodes(NodeLabel.Project).Select(p => p.Id).Order(StringComparer.Ordinal).ToArray();
        var versions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Changes; i++)
        {
            var organisation = organisations[random.Next(organisations.Length)];
            Change change = (i % 4) switch
            {
                0 or 1 => new PutNode(organisation with
                {
                    Description = $"{organisation.Description} Now also offering subsea cable inspection, change {i}.",
                    Version = versions[organisation.Id] = versions.GetValueOrDefault(organisation.Id, organisation.Version) + 1,
                }),
                2 => new Link(new Relationship(RelationshipType.PARTICIPATES_IN, organisation.Id, projects[random.Next(projects.Length)])),
                _ => new Link(new Relationship(RelationshipType.SPECIALISES_IN, organisation.Id, "spec-offshore-robotics")),
            };
            yield return new ChangeBatch(lastSequence + i + 1, DateTimeOffset.UnixEpoch, "elsewhere", [change]);
        }
    }

    /// <summary>The change log the index reads at start-up.</summary>
    private sealed class MemoryStore(List<ChangeBatch> batches) : IGraphStore
    {
        public void Add(ChangeBatch batch) => batches.Add(batch);

        public Task<long> AppendAsync(string actor, IReadOnlyList<Change> changes, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<long> ReadGraphAsync(IGraphSink sink, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<ChangeBatch>> ReadChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<ChangeBatch>>(batches.Skip((int)afterSequence).Take(limit).ToArray());

        public Task<long> CurrentSequenceAsync(CancellationToken cancellationToken = default) => Task.FromResult((long)batches.Count);

        public Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default) => Task.FromResult(new StoreHealth(true, "memory"));

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
