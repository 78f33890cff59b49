namespace InnovationNetwork.Core.Graph;

/// <summary>The graph as it would be after the changes validated so far: a small overlay on the real one.</summary>
internal sealed class PendingGraph(InnovationGraph graph)
{
    private readonly Dictionary<string, Node?> _nodes = new(StringComparer.Ordinal);
    // Links and unlinks of this batch by their start node (null: unlinked), so a node's pending links are
    // found without scanning the whole batch.
    private readonly Dictionary<string, Dictionary<RelationshipKey, Relationship?>> _linksFrom = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _identifiers = new(StringComparer.Ordinal);

    public HashSet<string> PutIds { get; } = new(StringComparer.Ordinal);
    public HashSet<RelationshipKey> LinkKeys { get; } = [];

    public Node? Find(string id) => _nodes.TryGetValue(id, out var node) ? node : graph.Find(id);

    public string? FindByIdentifier(ExternalIdentifier identifier)
    {
        var key = InnovationGraph.IdentifierKey(identifier.Scheme, identifier.Value);
        return _identifiers.TryGetValue(key, out var id) ? id : graph.FindByIdentifier(identifier.Scheme, identifier.Value)?.Id;
    }

    public IEnumerable<Relationship> Outgoing(string id, RelationshipType type)
    {
        var pending = _linksFrom.GetValueOrDefault(id);
        foreach (var r in graph.Outgoing(id, type))
        {
            Relationship? replaced = null;
            if ((pending is null || !pending.TryGetValue(r.Key, out replaced)) && Find(r.To) is not null)
            {
                yield return r;
            }
            else if (replaced is not null)
            {
                yield return replaced;
            }
        }

        foreach (var (key, r) in pending ?? [])
        {
            if (r is not null && key.Type == type && graph.FindRelationship(key) is null)
            {
                yield return r;
            }
        }
    }

    /// <summary>Whether <paramref name="candidate"/> already lies below <paramref name="of"/> along <paramref name="type"/>.</summary>
    public bool IsAncestor(string candidate, string of, RelationshipType type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = of; seen.Add(current);)
        {
            var parent = Outgoing(current, type).FirstOrDefault();
            if (parent is null)
            {
                return false;
            }

            if (parent.To == candidate)
            {
                return true;
            }

            current = parent.To;
        }

        return true;
    }

    public void Apply(Change change)
    {
        switch (change)
        {
            case PutNode put:
                if (Find(put.Node.Id) is { } old)
                {
                    foreach (var identifier in old.Identifiers)
                    {
                        _identifiers[InnovationGraph.IdentifierKey(identifier.Scheme, identifier.Value)] = null;
                    }
                }

                _nodes[put.Node.Id] = put.Node;
                foreach (var identifier in put.Node.Identifiers)
                {
                    _identifiers[InnovationGraph.IdentifierKey(identifier.Scheme, identifier.Value)] = put.Node.Id;
                }

                break;
            case RemoveNode remove:
                foreach (var identifier in Find(remove.Id)?.Identifiers ?? [])
                {
                    _identifiers[InnovationGraph.IdentifierKey(identifier.Scheme, identifier.Value)] = null;
                }

                _nodes[remove.Id] = null;
                break;
            case Link link:
                LinksFrom(link.Relationship.From)[link.Relationship.Key] = link.Relationship;
                break;
            case Unlink unlink:
                LinksFrom(unlink.Key.From)[unlink.Key] = null;
                break;
        }
    }

    private Dictionary<RelationshipKey, Relationship?> LinksFrom(string id)
    {
        if (!_linksFrom.TryGetValue(id, out var links))
        {
            _linksFrom[id] = links = [];
        }

        return links;
    }
}
