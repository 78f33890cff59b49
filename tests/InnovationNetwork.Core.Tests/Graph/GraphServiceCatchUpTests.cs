using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Ports;
using static InnovationNetwork.Core.Tests.Graph.ScriptedGraphStore;

namespace InnovationNetwork.Core.Tests.Graph;

/// <summary>Following the change log, and never following it into divergence.</summary>
public sealed class GraphServiceCatchUpTests
{
    private readonly ScriptedGraphStore _store = new();
    private readonly List<GraphReload> _reloads = [];
    private readonly GraphService _service;

    public GraphServiceCatchUpTests()
    {
        _service = new GraphService(_store, []);
        _service.Reloaded += _reloads.Add;
    }

    [Fact]
    public async Task CatchingUpAppliesOtherWritersBatchesInOrderAndSaysWhereTheStoreIs()
    {
        await _service.LoadAsync();
        _store.AppendAsAnotherWriter(Organisation("org-a", "A"));
        _store.AppendAsAnotherWriter(Organisation("org-a", "A renamed", version: 2), Organisation("org-b", "B"));

        var result = await _service.CatchUpAsync();

        Assert.Equal(new CatchUpResult(2, 2, null), result);
        Assert.Equal("A renamed", _service.Graph.Find("org-a")!.DisplayName);
        Assert.NotNull(_service.Graph.Find("org-b"));
    }

    [Fact]
    public async Task CatchingUpWithNothingNewReadsOnlyTheStoresSequence()
    {
        _store.AppendAsAnotherWriter(Organisation("org-a", "A"));
        await _service.LoadAsync();
        _store.HiddenBatch = 1; // Were the log read, batch 1 would look missing.

        var result = await _service.CatchUpAsync();

        Assert.Equal(new CatchUpResult(0, 1, null), result);
    }

    [Fact]
    public async Task AStoreBehindTheGraphIsASequenceFromTheFutureAndReloadsTheGraphSayingSo()
    {
        await _service.LoadAsync();
        _store.AppendAsAnotherWriter(Organisation("org-a", "A"));
        _store.AppendAsAnotherWriter(Organisation("org-b", "B"));
        _store.AppendAsAnotherWriter(Organisation("org-c", "C"));
        await _service.CatchUpAsync();

        _store.RestoreTo(1);
        var result = await _service.CatchUpAsync();

        var reload = Assert.Single(_reloads);
        Assert.Same(reload, result.Reload);
        Assert.Same(reload, _service.LastReload);
        Assert.Equal(GraphReloadReason.StoreBehindGraph, reload.Reason);
        Assert.Equal((3, 1, 1), (reload.GraphSequence, reload.StoreSequence, reload.LoadedSequence));
        Assert.Contains("ends at sequence 1, behind this instance's graph at 3", reload.Message);
        Assert.Contains("restored from a backup", reload.Message);
        Assert.Equal(1, _service.Graph.Sequence);
        Assert.NotNull(_service.Graph.Find("org-a"));
        Assert.Null(_service.Graph.Find("org-c"));
    }

    [Fact]
    public async Task ALogRewrittenUnderTheGraphsLastSequenceIsFoundByThatBatchAndReloadsTheGraph()
    {
        await _service.LoadAsync();
        _store.AppendAsAnotherWriter(Organisation("org-a", "A"));
        _store.AppendAsAnotherWriter(Organisation("org-b", "B"));
        await _service.CatchUpAsync();

        // Restored to before batch 2, then written to again: sequences 2 and 3 exist, but 2 is not the one applied here.
        _store.RestoreTo(1);
        _store.AppendAsAnotherWriter(Organisation("org-x", "X"));
        _store.AppendAsAnotherWriter(Organisation("org-y", "Y"));
        var result = await _service.CatchUpAsync();

        Assert.Equal(GraphReloadReason.ChangeLogRewritten, result.Reload?.Reason);
        Assert.Contains("is not the one this instance applied", result.Reload!.Message);
        Assert.Equal(3, _service.Graph.Sequence);
        Assert.Null(_service.Graph.Find("org-b"));
        Assert.NotNull(_service.Graph.Find("org-y"));
    }

    [Fact]
    public async Task AGapInTheChangeLogReloadsTheGraphInFullRatherThanSkippingTheMissingBatch()
    {
        await _service.LoadAsync();
        _store.AppendAsAnotherWriter(Organisation("org-a", "A"));
        await _service.CatchUpAsync();
        _store.AppendAsAnotherWriter(Organisation("org-b", "B"));
        _store.AppendAsAnotherWriter(Organisation("org-c", "C"));
        _store.HiddenBatch = 2;

        var result = await _service.CatchUpAsync();

        Assert.Equal(GraphReloadReason.ChangeLogGap, result.Reload?.Reason);
        Assert.Contains("jumped from sequence 1 to 3", result.Reload!.Message);
        Assert.Equal(3, _service.Graph.Sequence);
        Assert.NotNull(_service.Graph.Find("org-b"));
    }

    [Fact]
    public async Task AStoreMissingTheGraphsOwnLastBatchIsAGapToo()
    {
        await _service.LoadAsync();
        _store.AppendAsAnotherWriter(Organisation("org-a", "A"));
        _store.AppendAsAnotherWriter(Organisation("org-b", "B"));
        await _service.CatchUpAsync();
        _store.AppendAsAnotherWriter(Organisation("org-c", "C"));
        _store.HiddenBatch = 2;

        var result = await _service.CatchUpAsync();

        Assert.Equal(GraphReloadReason.ChangeLogGap, result.Reload?.Reason);
        Assert.Contains("has no batch 2", result.Reload!.Message);
    }

    [Fact]
    public async Task AReloadThatFailsHalfWayLeavesReadersTheWholeGraphTheyHad()
    {
        _store.AppendAsAnotherWriter(Organisation("org-a", "A"));
        _store.AppendAsAnotherWriter(Organisation("org-b", "B"));
        await _service.LoadAsync();
        var before = _service.Graph;

        _store.RestoreTo(1);
        _store.FullReadFails = true;

        await Assert.ThrowsAsync<StoreUnavailableException>(() => _service.CatchUpAsync());
        Assert.Same(before, _service.Graph);
        Assert.Equal(2, _service.Graph.Sequence);
        Assert.NotNull(_service.Graph.Find("org-b"));
        Assert.Empty(_reloads);
    }

    [Fact]
    public async Task AnUnreachableStoreLeavesTheGraphAsItWasAndCatchingUpResumesWhenItReturns()
    {
        await _service.LoadAsync();
        _store.Unreachable = true;

        var failure = await Assert.ThrowsAsync<StoreUnavailableException>(() => _service.CatchUpAsync());
        Assert.Contains("could not be reached", failure.Message);

        _store.AppendAsAnotherWriter(Organisation("org-a", "A"));
        _store.Unreachable = false;
        var result = await _service.CatchUpAsync();

        Assert.Equal(1, result.Applied);
        Assert.NotNull(_service.Graph.Find("org-a"));
    }

    [Fact]
    public async Task ALongLogIsReadInPagesAndTheGraphsOwnLastBatchIsNotAppliedTwice()
    {
        await _service.LoadAsync();
        _store.AppendAsAnotherWriter(Organisation("org-first", "First"));
        await _service.CatchUpAsync();
        for (var i = 0; i < 1200; i++)
        {
            _store.AppendAsAnotherWriter(Organisation($"org-{i}", $"Organisation {i}"));
        }

        var result = await _service.CatchUpAsync();

        Assert.Equal(new CatchUpResult(1200, 1201, null), result);
        Assert.Equal(1201, _service.Graph.NodeCount);
    }
}
