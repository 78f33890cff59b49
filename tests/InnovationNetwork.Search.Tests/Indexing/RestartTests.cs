using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Search.Tests.Support;

namespace InnovationNetwork.Search.Tests.Indexing;

public class RestartTests
{
    [Fact]
    public async Task AnIndexAtTheStoresSequenceIsKeptAsItIs()
    {
        await using var h = await SearchHarness.StartAsync(World.Base().Organisation("org-a", "Alpha Engineering"));

        await h.RestartAsync();

        Assert.Equal(IndexStartupKind.UpToDate, h.Index.LastStartup!.Kind);
        Assert.Equal(["org-a"], h.Ids("alpha"));
    }

    [Fact]
    public async Task AfterARestartTheIndexCatchesUpFromTheChangeLogInsteadOfRebuilding()
    {
        await using var h = await SearchHarness.StartAsync(World.Base()
            .Organisation("org-a", "Alpha Engineering")
            .Organisation("org-b", "Beta Robotics")
            .Organisation("org-c", "Gamma Marine")
            .Organisation("org-d", "Delta Coatings"));
        h.Index.Commit();

        // Written while this instance was down.
        await h.WriteElsewhereAsync(new Changes().Organisation("org-e", "Epsilon Subsea", description: "Subsea umbilicals."));
        await h.WriteElsewhereAsync(new Changes().Remove("org-b"));
        await h.RestartAsync();

        Assert.Equal(IndexStartupKind.CaughtUp, h.Index.LastStartup!.Kind);
        Assert.Equal(["org-e"], h.Ids("umbilicals"));
        Assert.Empty(h.Ids("beta"));
        Assert.Equal(h.Graph.Sequence, h.Index.Sequence);
    }

    [Fact]
    public async Task ARenameWhileDownReachesThePeopleAndOneUndoneWhileDownLeavesThemAsTheyWere()
    {
        await using var h = await SearchHarness.StartAsync(World.Base()
            .Organisation("org-a", "Alpha Engineering")
            .Person("person-ann", "Ann Smith", worksAt: "org-a")
            .Organisation("org-b", "Beta Robotics")
            .Person("person-bob", "Bob Jones", worksAt: "org-b"));
        h.Index.Commit();

        await h.WriteElsewhereAsync(new Changes().Put(new Organisation { Id = "org-a", Name = "Zephyr Dynamics", Version = 2 }));
        await h.WriteElsewhereAsync(new Changes().Put(new Organisation { Id = "org-b", Name = "Gamma Marine", Version = 2 }));
        await h.WriteElsewhereAsync(new Changes().Put(new Organisation { Id = "org-b", Name = "Beta Robotics", Version = 3 }));
        await h.RestartAsync();

        Assert.Equal(IndexStartupKind.CaughtUp, h.Index.LastStartup!.Kind);
        Assert.Equal(["org-a", "person-ann"], h.Ids("zephyr").Order());
        Assert.Empty(h.Ids("alpha"));
        Assert.Equal(["org-b", "person-bob"], h.Ids("beta robotics").Order());
        Assert.Empty(h.Ids("gamma"));
    }

    [Fact]
    public async Task TheSequenceCommittedToDiskIsTheLastOneApplied()
    {
        await using var h = await SearchHarness.StartAsync(World.Base());
        var sequence = await h.WriteAsync(new Changes().Organisation("org-a", "Alpha Engineering"));

        h.Index.Commit();

        Assert.Equal(sequence, h.Index.CommittedSequence);
    }

    [Fact]
    public async Task AnIndexAheadOfTheStoreIsRebuiltFromTheGraph()
    {
        await using var first = await SearchHarness.StartAsync(World.Base().Organisation("org-a", "Alpha Engineering"));
        await first.WriteAsync(new Changes().Organisation("org-b", "Beta Robotics"));
        first.Index.Commit();
        var folder = Path.Combine(first.Folder, "index");

        // A fresh, shorter store behind the same index folder (the database was replaced).
        var store = new InMemoryGraphStore();
        await store.AppendAsync("test", World.Base().Organisation("org-z", "Zeta Optics").List);
        first.Index.Dispose();
        var index = new LuceneIndex(new SearchOptions { IndexDirectory = folder }, Repository.Synonyms, store);
        var graphs = new Core.Graph.GraphService(store, [index]);
        await graphs.LoadAsync();
        var startup = index.LastStartup!.Kind;
        var hits = index.Search(new Core.Matching.SearchRequest(""), Core.Access.Viewer.Anonymous).Hits.Select(h => h.Id).ToArray();
        index.Dispose();
        await first.RestartAsync(); // reopen so the harness can dispose what it owns

        Assert.Equal(IndexStartupKind.Rebuilt, startup);
        Assert.Equal(["org-z"], hits);
    }

    [Fact]
    public async Task WithoutAChangeLogAStaleIndexIsRebuilt()
    {
        await using var h = await SearchHarness.StartAsync(World.Base().Organisation("org-a", "Alpha Engineering"));
        h.Index.Commit();
        await h.WriteElsewhereAsync(new Changes().Organisation("org-b", "Beta Robotics"));
        var folder = Path.Combine(h.Folder, "index");
        h.Index.Dispose();

        using var index = new LuceneIndex(new SearchOptions { IndexDirectory = folder }, Repository.Synonyms, changeLog: null);
        var graphs = new Core.Graph.GraphService(h.Store, [index]);
        await graphs.LoadAsync();

        Assert.Equal(IndexStartupKind.Rebuilt, index.LastStartup!.Kind);
        Assert.Equal(2, index.DocumentCount);
        index.Dispose();
        await h.RestartAsync();
    }

    [Fact]
    public async Task ASecondIndexOnTheSameFolderIsRefusedWithAClearMessage()
    {
        await using var h = await SearchHarness.StartAsync(World.Base());

        var e = Assert.Throws<SearchIndexException>(() => new LuceneIndex(new SearchOptions { IndexDirectory = Path.Combine(h.Folder, "index") }, Repository.Synonyms));

        Assert.Contains("in use by another process", e.Message);
    }
}
