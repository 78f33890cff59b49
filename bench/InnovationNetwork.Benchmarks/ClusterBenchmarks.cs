using BenchmarkDotNet.Attributes;
using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Clusters;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Benchmarks;

/// <summary>
/// clusterStrength over the synthetic directory (target ≤ 50 ms at 100k organisations). Every measure is
/// computed (<see cref="ClusterStrength.Complete"/>), as a query asking for all fields would. Energy is the
/// largest cluster (a top-level specialism, about a third of the directory); offshore robotics a small one.
/// <list type="bullet">
/// <item><see cref="NewQuestion"/>: a question not asked before on an unchanged graph (index, place totals and
///   proximity already built for this version) — the usual case.</item>
/// <item><see cref="FirstQuestionAfterAChange"/>: the first question after any write, paying for the index.</item>
/// <item><see cref="IndexBuild"/>: the index alone. <see cref="RepeatedQuestion"/>: answered from the cache.</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ClusterStrengthBenchmarks
{
    private static readonly Viewer Staff = new(ViewerRole.Staff);
    private InnovationGraph _graph = null!;
    private ClusterService _service = null!;
    private ClusterRequest _request = null!;

    [Params(100_000)]
    public int Organisations { get; set; }

    [Params("spec-energy", "spec-offshore-robotics")]
    public string Specialism { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _graph = ClusterBenchmarkGraph.Build(Organisations);
        _service = new ClusterService(_graph);
        _request = new ClusterRequest(Specialism, ClusterBenchmarkGraph.NorthEast, AsOf: new DateOnly(2020, 6, 30));
        _service.Strength(Staff, _request).Complete();
    }

    [Benchmark]
    public ClusterStrength NewQuestion()
    {
        _service.ForgetAnswers();
        return _service.Strength(Staff, _request).Complete();
    }

    [Benchmark]
    public ClusterStrength FirstQuestionAfterAChange() => new ClusterService(_graph).Strength(Staff, _request).Complete();

    [Benchmark]
    public object IndexBuild() => ClusterIndex.Build(_graph);

    [Benchmark]
    public ClusterStrength RepeatedQuestion() => _service.Strength(Staff, _request);
}

/// <summary>
/// clusters: the whole map of 62 specialisms in the North East (target ≤ 1 s at 100k organisations), ranked
/// by location quotient — counts only, and with every measure of every cluster (network, betweenness,
/// relatedness), on an unchanged graph and right after a change.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class ClusterMapBenchmarks
{
    private static readonly Viewer Staff = new(ViewerRole.Staff);
    private InnovationGraph _graph = null!;
    private ClusterService _service = null!;
    private ClusterRankRequest _request = null!;

    [Params(100_000)]
    public int Organisations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _graph = ClusterBenchmarkGraph.Build(Organisations);
        _service = new ClusterService(_graph);
        _request = new ClusterRankRequest(ClusterBenchmarkGraph.NorthEast, AsOf: new DateOnly(2020, 6, 30),
            OrderBy: [new ClusterOrder(ClusterOrderField.LQ_ORGANISATIONS)]);
        _service.Rank(Staff, _request);
    }

    [Benchmark]
    public int CountsOnly()
    {
        _service.ForgetAnswers();
        return _service.Rank(Staff, _request).Count;
    }

    [Benchmark]
    public int EveryMeasure()
    {
        _service.ForgetAnswers();
        return Complete(_service.Rank(Staff, _request));
    }

    [Benchmark]
    public int EveryMeasureAfterAChange() => Complete(new ClusterService(_graph).Rank(Staff, _request));

    private static int Complete(IReadOnlyList<ClusterStrength> map)
    {
        foreach (var cluster in map)
        {
            cluster.Complete();
        }

        return map.Count;
    }
}
