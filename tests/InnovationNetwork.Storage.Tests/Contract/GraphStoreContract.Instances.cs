using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Ports;

namespace InnovationNetwork.Storage.Tests.Contract;

// Several instances of one store: a restart, and writers racing from two instances (two processes in production).
public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task AReopenedStoreKeepsItsGraphAndChangeLog()
    {
        GraphContents written;
        string log;
        await using (var store = await OpenStoreAsync("main"))
        {
            await PutAsync(store, [.. SampleRelationships.Endpoints()]);
            await LinkAsync(store, [.. SampleRelationships.OneOfEachType()]);
            written = await GraphContents.ReadAsync(store);
            log = GraphJson.Serialize(await store.ReadChangesAsync(0, 100));
        }

        await using var reopened = await OpenStoreAsync("main");

        var read = await GraphContents.ReadAsync(reopened);
        Assert.Equal(written.NodesJson, read.NodesJson);
        Assert.Equal(written.RelationshipsJson, read.RelationshipsJson);
        Assert.Equal(2, read.Sequence);
        Assert.Equal(log, GraphJson.Serialize(await reopened.ReadChangesAsync(0, 100)));
        Assert.Equal(3, await reopened.AppendAsync(Actor, [new RemoveNode(SampleNodes.Place().Id)]));
    }

    [Fact]
    public async Task OneInstanceSeesWhatAnotherInstanceWrote()
    {
        await using var writer = await OpenStoreAsync("shared");
        await using var reader = await OpenStoreAsync("shared");

        await PutAsync(writer, SampleNodes.Organisation());

        Assert.Equal(1, await reader.CurrentSequenceAsync());
        Assert.Equal(SampleNodes.Organisation().Id, Assert.Single((await GraphContents.ReadAsync(reader)).Nodes).Id);
        Assert.Single(await reader.ReadChangesAsync(0, 10));
    }

    [Fact]
    public async Task TwoInstancesAppendingAtOnceNumberTheirBatchesOneToAHundredWithoutGapsOrDuplicates()
    {
        await using var first = await OpenStoreAsync("shared");
        await using var second = await OpenStoreAsync("shared");
        using var start = new Barrier(2);

        async Task<long[]> AppendFifty(IGraphStore store, string actor, int from)
        {
            start.SignalAndWait();
            var appends = Enumerable.Range(from, 50).Select(i => Task.Run(() => store.AppendAsync(actor, [new PutNode(SampleNodes.Business(i))])));
            return await Task.WhenAll(appends);
        }

        var results = await Task.WhenAll(
            Task.Run(() => AppendFifty(first, "instance:first", 1)),
            Task.Run(() => AppendFifty(second, "instance:second", 51)));

        var expected = Enumerable.Range(1, 100).Select(i => (long)i).ToList();
        Assert.Equal(expected, results.SelectMany(s => s).Order());
        var log = await first.ReadChangesAsync(0, 1000);
        Assert.Equal(expected, log.Select(b => b.Sequence));
        Assert.All(log, b => Assert.Equal(
            int.Parse(Assert.IsType<PutNode>(Assert.Single(b.Changes)).Node.Id["org-business-".Length..]) <= 50 ? "instance:first" : "instance:second",
            b.Actor));
        Assert.Equal(100, (await GraphContents.ReadAsync(second)).Nodes.Count);
        Assert.Equal(100, await second.CurrentSequenceAsync());
    }

    [Fact]
    public async Task TwoWritersPuttingTheSameNodeFromTheSameVersionOneWinsAndTheOtherIsToldOfTheConflict()
    {
        await using var first = await OpenStoreAsync("shared");
        await using var second = await OpenStoreAsync("shared");
        var node = SampleNodes.Organisation();
        await PutAsync(first, node);

        // Several rounds, each racing from the version the last round left, so the race is really run.
        for (var version = 2; version <= 11; version++)
        {
            using var start = new Barrier(2);
            var next = node with { Version = version };
            var attempts = await Task.WhenAll(
                Task.Run(() => TryPutAsync(first, next with { Name = "first" }, start)),
                Task.Run(() => TryPutAsync(second, next with { Name = "second" }, start)));

            var winner = Assert.Single(attempts, a => a.Conflict is null);
            var loser = Assert.Single(attempts, a => a.Conflict is not null);
            Assert.Equal(node.Id, loser.Conflict!.NodeId);
            Assert.Equal(version - 1, loser.Conflict.ExpectedVersion);
            Assert.Equal(version, loser.Conflict.StoredVersion);
            var stored = (await GraphContents.ReadAsync(second)).Find(node.Id)!;
            Assert.Equal(version, stored.Version);
            Assert.Equal(winner.Name, stored.DisplayName);
        }

        Assert.Equal(11, await first.CurrentSequenceAsync());
    }

    private static async Task<(string Name, StoreConflictException? Conflict)> TryPutAsync(IGraphStore store, Core.Organisations.Organisation node, Barrier start)
    {
        start.SignalAndWait();
        try
        {
            await PutAsync(store, node);
            return (node.Name, null);
        }
        catch (StoreConflictException conflict)
        {
            return (node.Name, conflict);
        }
    }
}
