using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Ports;
using static InnovationNetwork.Core.Tests.Graph.ScriptedGraphStore;

namespace InnovationNetwork.Core.Tests.Graph;

/// <summary>Writes when the store is lost, restored or raced by another instance.</summary>
public sealed class GraphServiceWriteFaultTests
{
    private readonly ScriptedGraphStore _store = new();
    private readonly GraphService _service;

    public GraphServiceWriteFaultTests() => _service = new GraphService(_store, []);

    [Fact]
    public async Task WritingWhileTheStoreIsUnreachableFailsSayingNothingWasWritten()
    {
        await _service.LoadAsync();
        _store.Unreachable = true;

        var failure = await Assert.ThrowsAsync<StoreUnavailableException>(
            () => _service.WriteAsync("someone", [Organisation("org-a", "A")]));

        Assert.Equal(
            "The store is unavailable: the scripted store could not be reached while reading the change log; nothing was written.",
            failure.Message);
        Assert.IsType<StoreUnavailableException>(failure.InnerException);
        Assert.Equal(0, _store.Sequence);
        Assert.Null(_service.Graph.Find("org-a"));
    }

    [Fact]
    public async Task AWriteThatReachedTheStoreSucceedsAndIsReadableHereEvenIfTheStoreIsLostBeforeItIsReadBack()
    {
        await _service.LoadAsync();
        _store.LostAfterNextAppend = true;

        var result = await _service.WriteAsync("someone", [Organisation("org-a", "A")]);

        Assert.True(result.Succeeded);
        Assert.Equal(1, result.Sequence);
        Assert.Equal(1, _service.Graph.Sequence);
        Assert.NotNull(_service.Graph.Find("org-a"));
    }

    [Fact]
    public async Task TheBatchAppliedFromMemoryIsNotMistakenForARewrittenLogOnceTheStoreIsBack()
    {
        await _service.LoadAsync();
        _store.LostAfterNextAppend = true;
        await _service.WriteAsync("someone", [Organisation("org-a", "A")]);
        _store.Unreachable = false;
        _store.AppendAsAnotherWriter(Organisation("org-b", "B"));

        var result = await _service.CatchUpAsync();

        Assert.Null(result.Reload);
        Assert.Equal(1, result.Applied);
    }

    [Fact]
    public async Task AWriteNumberedAtOrBelowTheGraphsSequenceFindsAStoreRestoredUnderItAndReloads()
    {
        _store.AppendAsAnotherWriter(Organisation("org-a", "A"));
        _store.AppendAsAnotherWriter(Organisation("org-b", "B"));
        _store.AppendAsAnotherWriter(Organisation("org-c", "C"));
        await _service.LoadAsync();
        _store.RestoreTo(1);

        var result = await _service.WriteAsync("someone", [Organisation("org-d", "D")]);

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Sequence);
        Assert.Equal(GraphReloadReason.StoreBehindGraph, _service.LastReload?.Reason);
        Assert.Equal(2, _service.Graph.Sequence);
        Assert.NotNull(_service.Graph.Find("org-d"));
        Assert.Null(_service.Graph.Find("org-c"));
    }

    [Fact]
    public async Task TwoInstancesUpdatingTheSameRecordFromTheSameVersionGetExactlyOneConflictAndLoseNoUpdate()
    {
        var other = new GraphService(_store, []);
        _store.AppendAsAnotherWriter(Organisation("org-a", "A"));
        await _service.LoadAsync();
        await other.LoadAsync();

        var first = await _service.WriteAsync("first", [Organisation("org-a", "A by the first", version: 2)]);
        var second = await other.WriteAsync("second", [Organisation("org-a", "A by the second", version: 2)]);

        Assert.True(first.Succeeded);
        var conflict = Assert.Single(second.Errors);
        Assert.Equal(ChangeErrorCodes.VersionConflict, conflict.Code);
        Assert.Equal("A by the first", other.Graph.Find("org-a")!.DisplayName);
        Assert.Equal(2, other.Graph.Find("org-a")!.Version);
    }
}
