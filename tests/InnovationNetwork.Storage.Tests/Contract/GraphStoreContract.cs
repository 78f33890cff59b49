using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Ports;

namespace InnovationNetwork.Storage.Tests.Contract;

/// <summary>
/// What every <see cref="IGraphStore"/> must do, written once and run against each adapter by a subclass
/// that says how to open a store. Split into partial files by topic: round trips, writes, the change log,
/// and several instances.
/// </summary>
public abstract partial class GraphStoreContract
{
    /// <summary>
    /// Opens the store called <paramref name="storeName"/>, empty the first time a test asks for that name;
    /// asking again for the same name (within one test) opens the same store again, as a restarted or a
    /// second instance would. The test disposes what it opens.
    /// </summary>
    protected abstract Task<IGraphStore> OpenStoreAsync(string storeName);

    protected const string Actor = "user:contract-test";

    [Fact]
    public async Task ANewStoreIsEmptyAtSequenceZero()
    {
        await using var store = await OpenStoreAsync("main");

        var contents = await GraphContents.ReadAsync(store);

        Assert.Equal(0, await store.CurrentSequenceAsync());
        Assert.Equal(0, contents.Sequence);
        Assert.Empty(contents.Nodes);
        Assert.Equal("[]", contents.RelationshipsJson);
        Assert.Empty(await store.ReadChangesAsync(0, 10));
    }

    [Fact]
    public async Task AHealthyStoreSaysSoInASentence()
    {
        await using var store = await OpenStoreAsync("main");

        var health = await store.CheckHealthAsync();

        Assert.True(health.IsHealthy, health.Description);
        Assert.False(string.IsNullOrWhiteSpace(health.Description));
    }

    protected static Task<long> PutAsync(IGraphStore store, params Node[] nodes) =>
        store.AppendAsync(Actor, nodes.Select(n => (Change)new PutNode(n)).ToList());

    protected static Task<long> LinkAsync(IGraphStore store, params Relationship[] relationships) =>
        store.AppendAsync(Actor, relationships.Select(r => (Change)new Link(r)).ToList());
}
