using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Matching;

namespace InnovationNetwork.Search.Tests.Support;

/// <summary>
/// A real index on disk in a temporary folder, kept in step with a real GraphService over an in-memory
/// store, as the service runs it. Restart it to reopen the same folder and store.
/// </summary>
internal sealed class SearchHarness : IAsyncDisposable
{
    public static readonly DateOnly Today = new(2025, 6, 1);

    private readonly TemporaryDirectory _folder;
    private readonly bool _ownsFolder;

    private SearchHarness(TemporaryDirectory folder, bool ownsFolder, InMemoryGraphStore store, MatchingOptions? matching)
    {
        _folder = folder;
        _ownsFolder = ownsFolder;
        Store = store;
        Clock = new FixedClock(new DateTimeOffset(Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        Matching = matching ?? new MatchingOptions();
        Index = Open();
        Graphs = new GraphService(store, [Index]);
    }

    public InMemoryGraphStore Store { get; }
    public LuceneIndex Index { get; private set; }
    public GraphService Graphs { get; private set; }
    public InnovationGraph Graph => Graphs.Graph;
    public string Folder => _folder.Path;
    public TimeProvider Clock { get; }
    public MatchingOptions Matching { get; }

    public NeedMatcher Matcher => new(Index, Matching, Clock);
    public PartnerSuggester Partners => new(Index, Matching, Clock);
    public SimilarOrganisations Similar => new(Index);

    public static async Task<SearchHarness> StartAsync(Changes? world = null, MatchingOptions? matching = null)
    {
        var harness = new SearchHarness(new TemporaryDirectory(), ownsFolder: true, new InMemoryGraphStore(), matching);
        await harness.Graphs.LoadAsync();
        if (world is not null)
        {
            await harness.WriteAsync(world);
        }

        return harness;
    }

    public async Task<long> WriteAsync(Changes changes)
    {
        var result = await Graphs.WriteAsync("test", changes.List);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Sequence;
    }

    /// <summary>Appends straight to the store, as another instance would while this one is down.</summary>
    public Task<long> WriteElsewhereAsync(Changes changes) => Store.AppendAsync("elsewhere", changes.List);

    /// <summary>Closes the index (committing it) and opens it again over the same folder and store.</summary>
    public async Task RestartAsync()
    {
        Index.Dispose();
        Index = Open();
        Graphs = new GraphService(Store, [Index]);
        await Graphs.LoadAsync();
    }

    public SearchResult Search(string text, SearchFilter? filter = null, Viewer? viewer = null, int limit = 20, int offset = 0) =>
        Index.Search(new SearchRequest(text) { Filter = filter ?? SearchFilter.None, Limit = limit, Offset = offset }, viewer ?? Viewer.Anonymous);

    public string[] Ids(string text, SearchFilter? filter = null, Viewer? viewer = null) =>
        Search(text, filter, viewer).Hits.Select(h => h.Id).ToArray();

    public MatchPage Match(Need need, Viewer? viewer = null, int limit = 10) =>
        Matcher.Match(Graph, viewer ?? Viewer.Anonymous, need with { AsOf = need.AsOf ?? Today }, 0, limit);

    public async ValueTask DisposeAsync()
    {
        Index.Dispose();
        await Store.DisposeAsync();
        if (_ownsFolder)
        {
            _folder.Dispose();
        }
    }

    private LuceneIndex Open() =>
        new(new SearchOptions { IndexDirectory = Path.Combine(_folder.Path, "index"), CommitInterval = TimeSpan.FromHours(1) }, Repository.Synonyms, Store);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
