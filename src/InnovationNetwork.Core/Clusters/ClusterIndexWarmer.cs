using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Clusters;

/// <summary>
/// Rebuilds the cluster index in the background once writes settle, so the first cluster question after a
/// change does not pay for the rebuild (about 0.2–0.3 s at 100k organisations). Answers stay exact: a
/// question that arrives first still builds (or waits for) the index of the current version itself.
/// Register it with the graph's other observers (<c>services.AddSingleton&lt;IGraphObserver, ClusterIndexWarmer&gt;()</c>);
/// disposed with the container, which stops its timer.
/// </summary>
public sealed class ClusterIndexWarmer : IGraphObserver, IDisposable
{
    /// <summary>Quiet time after the last batch before warming: an import's stream of batches warms once, at its end.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(250);

    private readonly Timer _timer;
    private InnovationGraph? _graph;

    public ClusterIndexWarmer() => _timer = new Timer(_ => Warm(), null, Timeout.Infinite, Timeout.Infinite);

    // Called on the graph's single writer: only moves the timer, never builds here.
    public void OnLoaded(InnovationGraph graph) => Schedule(graph);

    public void OnApplied(ChangeBatch batch, InnovationGraph graph) => Schedule(graph);

    public void Dispose() => _timer.Dispose();

    private void Schedule(InnovationGraph graph)
    {
        Volatile.Write(ref _graph, graph);
        _timer.Change(Settle, Timeout.InfiniteTimeSpan);
    }

    private void Warm()
    {
        if (Volatile.Read(ref _graph) is { } graph)
        {
            ClusterService.For(graph).WarmUp();
        }
    }
}
