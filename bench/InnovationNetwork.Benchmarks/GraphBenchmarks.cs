using BenchmarkDotNet.Attributes;
using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.Benchmarks;

/// <summary>
/// The in-memory graph's reads, as the resolvers make them, at 10k and 100k organisations (1M with BENCH_ORGANISATIONS; the CLI's
/// generate, seed 1): a look-up by id, one node's relationships of a type, the collaborators of a typical
/// business and of the busiest university, and one filtered, ordered connection page.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ScaleDirectory.JobConfig))]
public class GraphBenchmarks
{
    private static readonly Viewer Anonymous = Viewer.Anonymous;
    private InnovationGraph _graph = null!;
    private string _typical = "";
    private OrganisationFilter _filter = null!;
    private (Func<Organisation, IComparable?>, SortDirection)[] _byName = [];

    [ParamsSource(typeof(ScaleDirectory), nameof(ScaleDirectory.Sizes))]
    public int Organisations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _graph = ScaleDirectory.Graph(Organisations);
        _typical = ScaleDirectory.TypicalOrganisation(_graph);
        _filter = GraphQLQueries.NorthEastEnergyBusinesses();
        _byName = [(o => o.Name, SortDirection.ASC)]; // what orderBy: NAME sorts by
    }

    [Benchmark]
    public Organisation? FindById() => _graph.Find<Organisation>(_typical);

    [Benchmark]
    public int SpecialismsOfOne() => _graph.Outgoing(_typical, RelationshipType.SPECIALISES_IN).Count;

    [Benchmark]
    public Page<Collaboration> TenCollaboratorsOfATypicalBusiness() =>
        Paging.Slice(Collaborations.Of(_graph, Anonymous, _typical), new PageRequest(10, null, null, null), 20);

    [Benchmark]
    public Page<Collaboration> TenCollaboratorsOfTheBusiestUniversity() =>
        Paging.Slice(Collaborations.Of(_graph, Anonymous, ScaleDirectory.Hub), new PageRequest(10, null, null, null), 20);

    /// <summary>organisations(where: North East energy businesses, orderBy: NAME, first: 20), ordering twenty as the resolver does.</summary>
    [Benchmark]
    public Page<Organisation> FilteredConnectionPage() =>
        Paging.Slice(NodeQuery.List(_graph, Anonymous, _filter, _byName, top: 20), new PageRequest(20, null, null, null), 20);
}
