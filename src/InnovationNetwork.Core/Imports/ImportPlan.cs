using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Imports;

/// <summary>
/// What an import wants the graph to hold: the nodes it describes (whole values; <see cref="ImportDiff"/>
/// sets their version and sources), the relationships it asserts, and the relationship sets it owns,
/// whose members it did not assert are removed (a project's participants, an owned organisation's place).
/// </summary>
public sealed class ImportPlan
{
    private readonly Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly List<Node> _nodeOrder = [];
    private readonly Dictionary<RelationshipKey, Relationship> _links = [];
    private readonly List<Relationship> _linkOrder = [];
    private readonly Dictionary<(string Id, RelationshipType Type), List<Relationship>> _outgoing = [];
    private readonly List<OwnedSet> _owned = [];

    public IReadOnlyList<Node> Nodes => _nodeOrder;

    public IReadOnlyList<Relationship> Links => _linkOrder;

    internal IReadOnlyList<OwnedSet> Owned => _owned;

    public Node? Find(string id) => _nodes.GetValueOrDefault(id);

    /// <summary>Describes a node; a second description of the same id replaces the first.</summary>
    public void Put(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (_nodes.TryAdd(node.Id, node))
        {
            _nodeOrder.Add(node);
            return;
        }

        _nodes[node.Id] = node;
        _nodeOrder[_nodeOrder.FindIndex(n => n.Id == node.Id)] = node;
    }

    /// <summary>Asserts a relationship; asserting the same key again replaces its properties.</summary>
    public void Link(Relationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        if (_links.TryAdd(relationship.Key, relationship))
        {
            _linkOrder.Add(relationship);
            if (!_outgoing.TryGetValue((relationship.From, relationship.Type), out var list))
            {
                _outgoing[(relationship.From, relationship.Type)] = list = [];
            }

            list.Add(relationship);
            return;
        }

        _links[relationship.Key] = relationship;
        var at = _linkOrder.FindIndex(r => r.Key == relationship.Key);
        _linkOrder[at] = relationship;
        var outgoing = _outgoing[(relationship.From, relationship.Type)];
        outgoing[outgoing.FindIndex(r => r.Key == relationship.Key)] = relationship;
    }

    public bool Has(RelationshipKey key) => _links.ContainsKey(key);

    /// <summary>The relationships this plan asserts from <paramref name="id"/> of one type.</summary>
    public IReadOnlyList<Relationship> Outgoing(string id, RelationshipType type) =>
        _outgoing.TryGetValue((id, type), out var list) ? list : [];

    /// <summary>
    /// Claims the <paramref name="type"/> relationships of <paramref name="nodeId"/> (outgoing or incoming)
    /// that <paramref name="which"/> accepts: those this plan does not assert are removed.
    /// </summary>
    public void Own(string nodeId, RelationshipType type, bool outgoing, Func<Relationship, bool>? which = null) =>
        _owned.Add(new OwnedSet(nodeId, type, outgoing, which));

    internal sealed record OwnedSet(string NodeId, RelationshipType Type, bool Outgoing, Func<Relationship, bool>? Which);
}
