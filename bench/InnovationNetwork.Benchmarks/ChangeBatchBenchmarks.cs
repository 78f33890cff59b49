using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Storage.Sqlite;

namespace InnovationNetwork.Benchmarks;

/// <summary>
/// Applying change batches to the in-memory graph, as every instance does for every write it reads from
/// the change log: an import-sized batch (the generator's 20,000 changes) and a mutation-sized one (one
/// changed node), on graphs of 10k and 100k organisations. Each batch replaces what is there already, so
/// the graph keeps its size however many times it is applied.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ScaleDirectory.JobConfig))]
public class GraphApplyBenchmarks
{
    private InnovationGraph _graph = null!;
    private IReadOnlyList<Change> _importBatch = [];
    private IReadOnlyList<Change> _oneChange = [];

    [ParamsSource(typeof(ScaleDirectory), nameof(ScaleDirectory.Sizes))]
    public int Organisations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _graph = ScaleDirectory.Graph(Organisations);
        _importBatch = ScaleDirectory.Generator(Organisations).Batches().Skip(2).First().ToArray();
        var typical = _graph.Find<Organisation>(ScaleDirectory.TypicalOrganisation(_graph))!;
        _oneChange = [new PutNode(typical with { Description = typical.Description + " Changed." })];
    }

    [Benchmark]
    public bool ApplyAnImportBatch() => _graph.Apply(new ChangeBatch(_graph.Sequence + 1, DateTimeOffset.UnixEpoch, "bench", _importBatch));

    [Benchmark]
    public bool ApplyOneChange() => _graph.Apply(new ChangeBatch(_graph.Sequence + 1, DateTimeOffset.UnixEpoch, "bench", _oneChange));
}

/// <summary>
/// Appending to the SQLite store: <c>generate --organisations 10000</c>'s batches (the seed, then 138k
/// changes in 20k-change batches) into a fresh file, through <see cref="SqliteGraphStore.AppendAsync"/>
/// alone, so the time is the store's: its statements, JSON and commit.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class SqliteAppendBenchmarks
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "in-append-bench-" + Environment.ProcessId);
    private List<IReadOnlyList<Change>> _batches = [];
    private SqliteGraphStore _store = null!;
    private string _folder = "";

    [Params(10_000)]
    public int Organisations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var seed = ScaleDirectory.SeedChanges();
        _batches = [seed, .. ScaleDirectory.Generator(Organisations, seed).Batches().Select(b => (IReadOnlyList<Change>)b.ToArray())];
    }

    [IterationSetup]
    public void NewStore()
    {
        _folder = Path.Combine(_root, Guid.NewGuid().ToString("N"));
        _store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _folder });
    }

    [IterationCleanup]
    public void DeleteStore()
    {
        _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_folder, recursive: true);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Benchmark]
    public async Task<long> AppendTheDirectory()
    {
        var sequence = 0L;
        foreach (var batch in _batches)
        {
            sequence = await _store.AppendAsync("bench", batch);
        }

        return sequence;
    }
}

/// <summary>
/// One mutation-sized write end to end through <see cref="GraphService.WriteAsync"/> on a SQLite store holding
/// the 10k directory: validate, append and commit, read the batch back from the change log and apply it.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class GraphServiceWriteBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "in-write-bench-" + Environment.ProcessId);
    private SqliteGraphStore _store = null!;
    private GraphService _service = null!;
    private string _id = "";

    [Params(10_000)]
    public int Organisations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _folder });
        foreach (var batch in ScaleDirectory.Batches(Organisations))
        {
            _store.AppendAsync(batch.Actor, batch.Changes).GetAwaiter().GetResult();
        }

        _service = new GraphService(_store, []);
        _service.LoadAsync().GetAwaiter().GetResult();
        _id = ScaleDirectory.TypicalOrganisation(_service.Graph);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public async Task<long> UpdateOneOrganisation()
    {
        var current = _service.Graph.Find<Organisation>(_id)!;
        var result = await _service.WriteAsync("bench", [new PutNode(current with { Version = current.Version + 1, Website = $"https://example.org/{current.Version}" })]);
        return result.Succeeded ? result.Sequence : throw new InvalidOperationException(result.Errors[0].Message);
    }
}
