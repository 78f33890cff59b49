using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Ports;

namespace InnovationNetwork.Storage.Tests.Contract;

/// <summary>
/// A store's whole graph, read through the port, in a form that compares exactly: the GraphJson of the
/// nodes and relationships sorted by identity (stores may stream in any order).
/// </summary>
public sealed record GraphContents(long Sequence, string NodesJson, string RelationshipsJson, IReadOnlyList<Node> Nodes)
{
    public static async Task<GraphContents> ReadAsync(IGraphStore store)
    {
        var sink = new RecordingSink();
        var sequence = await store.ReadGraphAsync(sink);
        Assert.False(sink.RelationshipBeforeNode, "The store streamed a relationship before the last node.");
        return new GraphContents(sequence, NodesToJson(sink.Nodes), RelationshipsToJson(sink.Relationships), sink.Nodes);
    }

    public static string NodesToJson(IEnumerable<Node> nodes) =>
        GraphJson.Serialize(nodes.OrderBy(n => n.Id, StringComparer.Ordinal).ToList());

    public static string RelationshipsToJson(IEnumerable<Relationship> relationships) =>
        GraphJson.Serialize(relationships
            .OrderBy(r => r.Type)
            .ThenBy(r => r.From, StringComparer.Ordinal)
            .ThenBy(r => r.To, StringComparer.Ordinal)
            .ToList());

    public Node? Find(string id) => Nodes.SingleOrDefault(n => n.Id == id);
}
