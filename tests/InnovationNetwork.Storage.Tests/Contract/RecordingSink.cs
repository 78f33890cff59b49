using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Ports;

namespace InnovationNetwork.Storage.Tests.Contract;

/// <summary>Keeps what a store streams, in the order it came.</summary>
public sealed class RecordingSink : IGraphSink
{
    public List<Node> Nodes { get; } = [];
    public List<Relationship> Relationships { get; } = [];

    /// <summary>Set when a relationship arrived before every node had (the port promises nodes first).</summary>
    public bool RelationshipBeforeNode { get; private set; }

    public void OnNode(Node node)
    {
        RelationshipBeforeNode |= Relationships.Count > 0;
        Nodes.Add(node);
    }

    public void OnRelationship(Relationship relationship) => Relationships.Add(relationship);
}
