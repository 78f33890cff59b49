using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Search;

namespace InnovationNetwork.Benchmarks;

/// <summary>
/// search and matchNeed in-process over ~100k synthetic entities, as the resolvers call them (the index on
/// disk, warm). Targets (issue 4): search p50 ≤ 1 ms, matchNeed p50 ≤ 10 ms; BenchmarkDotNet's Median is the p50.
/// BENCH_SEARCH_ORGANISATIONS sets other sizes (3000 makes ~10k entities, 300000 ~1M), run in this process
/// with BenchmarkDotNet's short job so each size's index is built once for all the benchmarks.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SizesConfig))]
public class SearchBenchmarks
{
    private InnovationGraph _graph = null!;
    private LuceneIndex _index = null!;
    private NeedMatcher _matcher = null!;
    private readonly Viewer _anonymous = Viewer.Anonymous;

    [ParamsSource(nameof(Sizes))]
    public int Organisations { get; set; }

    public sealed class SizesConfig : ManualConfig
    {
        public SizesConfig()
        {
            if (Environment.GetEnvironmentVariable("BENCH_SEARCH_ORGANISATIONS") is { Length: > 0 })
            {
                AddJob(Job.ShortRun.WithToolchain(ScaleDirectory.InProcess));
            }
        }
    }

    public static IEnumerable<int> Sizes() =>
        Environment.GetEnvironmentVariable("BENCH_SEARCH_ORGANISATIONS") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(int.Parse)
            : [SearchBenchmarkDirectory.Organisations];

    [GlobalSetup]
    public void Setup()
    {
        (_graph, _index) = SearchBenchmarkDirectory.Indexed(Organisations);
        _matcher = new NeedMatcher(_index, new MatchingOptions(), TimeProvider.System);
        Console.WriteLine($"// {SearchBenchmarkDirectory.Searchable(_graph):N0} searchable entities, {_index.DocumentCount:N0} documents in {_index.SegmentCount} segments, {_graph.NodeCount:N0} nodes");
    }

    /// <summary>Two words, ten hits with highlights and all five facets: everything the search field can return.</summary>
    [Benchmark]
    public SearchResult SearchTwoWords() => _index.Search(new SearchRequest("cable inspection") { Limit = 10 }, _anonymous);

    [Benchmark]
    public SearchResult SearchFourWordsFiltered() => _index.Search(new SearchRequest("subsea robotics remote inspection")
    {
        Limit = 10,
        Filter = new SearchFilter { Types = [SearchableType.ORGANISATION], Places = ["place-E12000001"] },
    }, _anonymous);

    [Benchmark]
    public SearchResult SearchWithATypo() => _index.Search(new SearchRequest("hydrogen electrolysers storaeg") { Limit = 10 }, _anonymous);

    /// <summary>What the GraphQL field runs when a query asks for hits and totalCount but neither facets nor highlights.</summary>
    [Benchmark]
    public SearchResult SearchHitsOnly() => _index.Search(new SearchRequest("cable inspection") { Limit = 10, Highlight = false, Facets = false }, _anonymous);

    [Benchmark]
    public SearchResult SearchWithFacetsNoHighlights() => _index.Search(new SearchRequest("cable inspection") { Limit = 10, Highlight = false }, _anonymous);

    /// <summary>A short need, ranked and explained (first page of ten with reasons).</summary>
    [Benchmark]
    public MatchPage MatchNeedShort() => _matcher.Match(_graph, _anonymous, new Need("subsea cable inspection robot") { Trl = 6 }, 0, 10);

    /// <summary>A paragraph-long need for businesses in the North East.</summary>
    [Benchmark]
    public MatchPage MatchNeedParagraph() => _matcher.Match(_graph, _anonymous, new Need(
        "We operate an offshore wind farm and need a partner to develop autonomous inspection of export cables and turbine blades, "
        + "combining remotely operated vehicles, condition monitoring and data analytics to cut operations and maintenance costs.")
    {
        Kinds = [OrganisationKind.BUSINESS],
        Places = ["place-E12000001"],
    }, 0, 10);
}
