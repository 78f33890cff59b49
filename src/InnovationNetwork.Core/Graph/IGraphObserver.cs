namespace InnovationNetwork.Core.Graph;

/// <summary>
/// Something kept in step with the graph, such as the search index: told after the graph is loaded in
/// full and after each change batch is applied, in sequence order, on the graph's single writer.
/// </summary>
public interface IGraphObserver
{
    void OnLoaded(InnovationGraph graph);

    void OnApplied(ChangeBatch batch, InnovationGraph graph);
}
