using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Cli.Export;

/// <summary>The whole graph in a fixed order: nodes by label and id, then relationships by type, from and to.</summary>
internal static class GraphExport
{
    public static IEnumerable<Node> Nodes(InnovationGraph graph) =>
        Enum.GetValues<NodeLabel>().SelectMany(label => graph.Nodes(label).OrderBy(n => n.Id, StringComparer.Ordinal));

    public static IEnumerable<Relationship> Relationships(InnovationGraph graph) =>
        Enum.GetValues<NodeLabel>()
            .SelectMany(graph.Nodes)
            .SelectMany(n => graph.Outgoing(n.Id))
            .OrderBy(r => r.Type)
            .ThenBy(r => r.From, StringComparer.Ordinal)
            .ThenBy(r => r.To, StringComparer.Ordinal);

    /// <summary>
    /// JSON lines in the change form: a <c>putNode</c> per node, then a <c>link</c> per relationship, so the
    /// file is also a batch that rebuilds the graph in an empty store.
    /// </summary>
    public static async Task<(int Nodes, int Relationships)> WriteJsonLinesAsync(InnovationGraph graph, TextWriter writer, CancellationToken cancellationToken)
    {
        int nodes = 0, relationships = 0;
        foreach (var node in Nodes(graph))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(GraphJson.Serialize<Change>(new PutNode(node)));
            nodes++;
        }

        foreach (var r in Relationships(graph))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(GraphJson.Serialize<Change>(new Link(r)));
            relationships++;
        }

        return (nodes, relationships);
    }
}
