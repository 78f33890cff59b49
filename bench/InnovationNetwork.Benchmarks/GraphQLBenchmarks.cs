using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace InnovationNetwork.Benchmarks;

/// <summary>
/// Representative GraphQL requests executed in-process through the real schema (parse, validate, execute,
/// serialise): the organisation page (organisation(id) with specialisms and ten collaborators) for a
/// typical business and for the busiest university, a filtered connection page, and node(id) alone as the
/// floor that every request pays.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ScaleDirectory.JobConfig))]
public class GraphQLBenchmarks
{
    private InProcessGraphQL _graphQL = null!;
    private string _typical = "";
    private string _hub = "";
    private string _filter = "";
    private string _node = "";

    [ParamsSource(typeof(ScaleDirectory), nameof(ScaleDirectory.Sizes))]
    public int Organisations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _graphQL = new InProcessGraphQL(Organisations);
        _typical = Variables(new { id = ScaleDirectory.TypicalOrganisation(_graphQL.Graph) });
        _hub = Variables(new { id = ScaleDirectory.Hub });
        _filter = Variables(new { place = GraphQLQueries.NorthEast, specialism = GraphQLQueries.Energy });
        _node = _typical;
        Console.WriteLine($"// organisation page: {OrganisationPage().GetAwaiter().GetResult():N0} bytes; filtered page: {FilteredConnectionPage().GetAwaiter().GetResult():N0} bytes");
    }

    [GlobalCleanup]
    public void Cleanup() => _graphQL.Dispose();

    [Benchmark]
    public Task<long> NodeByIdAlone() => _graphQL.ExecuteAsync(GraphQLQueries.Node, _node);

    [Benchmark]
    public Task<long> OrganisationPage() => _graphQL.ExecuteAsync(GraphQLQueries.Organisation, _typical);

    [Benchmark]
    public Task<long> OrganisationPageOfTheBusiestUniversity() => _graphQL.ExecuteAsync(GraphQLQueries.Organisation, _hub);

    [Benchmark]
    public Task<long> FilteredConnectionPage() => _graphQL.ExecuteAsync(GraphQLQueries.FilteredOrganisations, _filter);

    private static string Variables(object values) => JsonSerializer.Serialize(values);
}
