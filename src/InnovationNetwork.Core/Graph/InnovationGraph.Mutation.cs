namespace InnovationNetwork.Core.Graph;

// The mutating half of the in-memory graph; every method here runs under the write lock.
public sealed partial class InnovationGraph
{
    private void ApplyOne(Change change)
    {
        switch (change)
        {
            case PutNode put:
                PutNode(put.Node);
                break;
            case RemoveNode remove:
                RemoveNode(remove.Id);
                break;
            case Link link:
                PutRelationship(link.Relationship);
                break;
            case Unlink unlink:
                RemoveRelationship(unlink.Key);
                break;
        }
    }

    private void PutNode(Node node)
    {
        if (_nodes.TryGetValue(node.Id, out var old))
        {
            foreach (var identifier in old.Identifiers)
            {
                _byIdentifier.TryRemove(IdentifierKey(identifier.Scheme, identifier.Value), out _);
            }
        }

        _nodes[node.Id] = node;
        _byLabel[(int)node.Label][node.Id] = node;
        foreach (var identifier in node.Identifiers)
        {
            _byIdentifier[IdentifierKey(identifier.Scheme, identifier.Value)] = node.Id;
        }
    }

    private void RemoveNode(string id)
    {
        if (!_nodes.TryRemove(id, out var node))
        {
            return;
        }

        _byLabel[(int)node.Label].TryRemove(id, out _);
        foreach (var identifier in node.Identifiers)
        {
            _byIdentifier.TryRemove(IdentifierKey(identifier.Scheme, identifier.Value), out _);
        }

        foreach (var r in _out.GetValueOrDefault(id) ?? None)
        {
            _in[r.To] = Without(_in.GetValueOrDefault(r.To), r.Key);
        }

        foreach (var r in _in.GetValueOrDefault(id) ?? None)
        {
            _out[r.From] = Without(_out.GetValueOrDefault(r.From), r.Key);
        }

        _out.TryRemove(id, out _);
        _in.TryRemove(id, out _);
    }

    private void PutRelationship(Relationship relationship)
    {
        _out[relationship.From] = With(_out.GetValueOrDefault(relationship.From), relationship);
        _in[relationship.To] = With(_in.GetValueOrDefault(relationship.To), relationship);
    }

    private void RemoveRelationship(RelationshipKey key)
    {
        if (_out.TryGetValue(key.From, out var outgoing))
        {
            _out[key.From] = Without(outgoing, key);
        }

        if (_in.TryGetValue(key.To, out var incoming))
        {
            _in[key.To] = Without(incoming, key);
        }
    }

    // Copy-on-write: readers holding the old array keep a consistent list.
    private static Relationship[] With(Relationship[]? list, Relationship relationship)
    {
        list ??= None;
        var at = Array.FindIndex(list, r => r.Key == relationship.Key);
        var copy = new Relationship[at >= 0 ? list.Length : list.Length + 1];
        list.CopyTo(copy, 0);
        copy[at >= 0 ? at : list.Length] = relationship;
        return copy;
    }

    private static Relationship[] Without(Relationship[]? list, RelationshipKey key)
    {
        list ??= None;
        var at = Array.FindIndex(list, r => r.Key == key);
        if (at < 0)
        {
            return list;
        }

        var copy = new Relationship[list.Length - 1];
        Array.Copy(list, 0, copy, 0, at);
        Array.Copy(list, at + 1, copy, at, list.Length - at - 1);
        return copy;
    }
}
