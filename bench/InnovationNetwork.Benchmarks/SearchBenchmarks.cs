using BenchmarkDotNet.Attributes;
using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Search;

namespace InnovationNetwork.Benchmarks;

/// <summary>
/// search and matchNeed in-process over ~100k synthetic entities, as the resolvers call them (the index on
/// disk, warm). Targets (issue 4): search p50 ≤ 1 ms, matchNeed p50 ≤ 10 ms; BenchmarkDotNet's Median is the p50.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private string _folder = "";
    private InnovationGraph _graph = null!;
    private LuceneIndex _index = null!;
    private NeedMatcher _matcher = null!;
    private readonly Viewer _anonymous = Viewer.Anonymous;

    [GlobalSetup]
    public void Setup()
    {
        var batches = SearchBenchmarkDirectory.Batches();
        _graph = SearchBenchmarkDirectory.Graph(batches);
        _folder = Path.Combine(Path.GetTempPath(), "in-search-bench-" + Guid.NewGuid().ToString("N"));
        _index = new LuceneIndex(new SearchOptions { IndexDirectory = _folder }, SearchBenchmarkDirectory.Synonyms());
        _index.OnLoaded(_graph);
        _matcher = new NeedMatcher(_index, new MatchingOptions(), TimeProvider.System);
        Console.WriteLine($"// {SearchBenchmarkDirectory.Searchable(_graph):N0} searchable entities, {_index.DocumentCount:N0} documents in {_index.SegmentCount} segments, {_graph.NodeCount:N0} nodes");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _index.Dispose();
        Directory.Delete(_folder, recursive: true);
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
