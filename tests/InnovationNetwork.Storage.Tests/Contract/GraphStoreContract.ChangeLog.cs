using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Storage.Tests.Contract;

// The change log: numbered from 1 without gaps, complete enough to rebuild the graph.
public abstract partial class GraphStoreContract
{
    // Stores that stamp batches with a server's clock may differ a little from this machine's.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task EachBatchIsLoggedWithTheNextSequenceItsActorTimeAndChanges()
    {
        await using var store = await OpenStoreAsync("main");
        var organisation = SampleNodes.Organisation();
        var place = SampleNodes.Place();
        IReadOnlyList<Change>[] batches =
        [
            [new PutNode(organisation), new PutNode(place)],
            [new Link(new Relationship(RelationshipType.LOCATED_IN, organisation.Id, place.Id))],
            [new PutNode(organisation with { Version = 2, IsPrivate = false }), new Unlink(new(RelationshipType.LOCATED_IN, organisation.Id, place.Id)), new RemoveNode(place.Id)],
        ];
        var started = DateTimeOffset.UtcNow;

        var sequences = new List<long>();
        for (var i = 0; i < batches.Length; i++)
        {
            sequences.Add(await store.AppendAsync($"user:editor-{i + 1}", batches[i]));
        }

        var finished = DateTimeOffset.UtcNow;
        var logged = await store.ReadChangesAsync(0, 100);
        Assert.Equal([1L, 2L, 3L], sequences);
        Assert.Equal([1L, 2L, 3L], logged.Select(b => b.Sequence));
        Assert.Equal(["user:editor-1", "user:editor-2", "user:editor-3"], logged.Select(b => b.Actor));
        Assert.Equal(batches.Select(GraphJson.Serialize), logged.Select(b => GraphJson.Serialize(b.Changes)));
        Assert.All(logged, b => Assert.InRange(b.At, started - ClockSkew, finished + ClockSkew));
        Assert.True(logged[0].At <= logged[1].At && logged[1].At <= logged[2].At, "Batch times run backwards.");
        Assert.Equal(3, await store.CurrentSequenceAsync());
    }

    [Fact]
    public async Task ReadingChangesAfterASequenceReturnsTheFollowingBatchesUpToTheLimit()
    {
        await using var store = await OpenStoreAsync("main");
        for (var i = 1; i <= 5; i++)
        {
            await PutAsync(store, SampleNodes.Business(i));
        }

        Assert.Equal([3L, 4L], (await store.ReadChangesAsync(2, 2)).Select(b => b.Sequence));
        Assert.Equal([5L], (await store.ReadChangesAsync(4, 10)).Select(b => b.Sequence));
        Assert.Equal([1L, 2L, 3L, 4L, 5L], (await store.ReadChangesAsync(0, 5)).Select(b => b.Sequence));
        Assert.Empty(await store.ReadChangesAsync(5, 10));
        Assert.Empty(await store.ReadChangesAsync(50, 10));
        var third = Assert.Single(await store.ReadChangesAsync(2, 1));
        Assert.Equal(SampleNodes.Business(3).Id, Assert.IsType<PutNode>(Assert.Single(third.Changes)).Node.Id);
    }

    [Fact]
    public async Task ReadingTheGraphReturnsTheSequenceOfTheLastBatchItIncludes()
    {
        await using var store = await OpenStoreAsync("main");
        await PutAsync(store, SampleNodes.Business(1));
        await PutAsync(store, SampleNodes.Business(2));

        var contents = await GraphContents.ReadAsync(store);

        Assert.Equal(2, contents.Sequence);
        Assert.Equal(2, contents.Nodes.Count);
    }

    [Fact]
    public async Task ReplayingTheChangeLogRebuildsTheGraphTheStoreHolds()
    {
        await using var store = await OpenStoreAsync("main");
        await PutAsync(store, [.. SampleRelationships.Endpoints()]);
        await LinkAsync(store, [.. SampleRelationships.OneOfEachType()]);
        await store.AppendAsync(Actor, [new RemoveNode(SampleNodes.Capability().Id), new PutNode(SampleNodes.Person() with { Version = 2, Name = "Renamed" })]);
        await store.AppendAsync(Actor, [new Unlink(SampleRelationships.OneOfEachType()[0].Key)]);

        var replayed = new InnovationGraph();
        foreach (var batch in await store.ReadChangesAsync(0, 100))
        {
            replayed.Apply(batch);
        }

        var contents = await GraphContents.ReadAsync(store);
        var replayedNodes = Enum.GetValues<NodeLabel>().SelectMany(replayed.Nodes).ToList();
        Assert.Equal(contents.Sequence, replayed.Sequence);
        Assert.Equal(contents.NodesJson, GraphContents.NodesToJson(replayedNodes));
        Assert.Equal(contents.RelationshipsJson, GraphContents.RelationshipsToJson(replayedNodes.SelectMany(n => replayed.Outgoing(n.Id))));
    }
}
