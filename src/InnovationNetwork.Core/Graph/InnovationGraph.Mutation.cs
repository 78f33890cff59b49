using System.Collections.Concurrent;

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

        // Each relationship the node holds is held at its other end too.
        foreach (var r in Current(_out, _pendingOut, id))
        {
            Builder(_in, _pendingIn, r.To).Remove(r.Key);
        }

        foreach (var r in Current(_in, _pendingIn, id))
        {
            Builder(_out, _pendingOut, r.From).Remove(r.Key);
        }

        _pendingOut.Remove(id);
        _pendingIn.Remove(id);
        _out.TryRemove(id, out _);
        _in.TryRemove(id, out _);
    }

    private void PutRelationship(Relationship relationship)
    {
        relationship = WithNodesOwnIds(relationship);
        var (from, to, held) = Ends(relationship.Key);
        if (relationship.Equals(held))
        {
            return; // linked again as it is: an import run again changes nothing
        }

        from.Put(relationship, held);
        to.Put(relationship, held);
    }

    // A relationship read from the store (or a change log batch) carries its own copies of both ids. Holding
    // the nodes' own strings instead frees two strings per relationship, and makes the adjacency keys share
    // them too: about a fifth of a loaded graph's memory.
    private Relationship WithNodesOwnIds(Relationship relationship)
    {
        var from = _nodes.TryGetValue(relationship.From, out var f) ? f.Id : relationship.From;
        var to = _nodes.TryGetValue(relationship.To, out var t) ? t.Id : relationship.To;
        return ReferenceEquals(from, relationship.From) && ReferenceEquals(to, relationship.To)
            ? relationship
            : relationship with { From = from, To = to };
    }

    private void RemoveRelationship(RelationshipKey key)
    {
        var (from, to, held) = Ends(key);
        if (held is not null)
        {
            from.Remove(key);
            to.Remove(key);
        }
    }

    // The two lists a relationship is held in, and the one held with its key: asked of the shorter, as both
    // hold the same relationship or neither does.
    private (AdjacencyBuilder From, AdjacencyBuilder To, Relationship? Held) Ends(RelationshipKey key)
    {
        var from = Builder(_out, _pendingOut, key.From);
        var to = Builder(_in, _pendingIn, key.To);
        return (from, to, (from.Size <= to.Size ? from : to).Held(key));
    }

    // Relationship lists change in builders while a batch or load is applied, and are published as new
    // arrays at its end: readers holding the old array keep a consistent list.
    private static AdjacencyBuilder Builder(
        ConcurrentDictionary<string, Relationship[]> published, Dictionary<string, AdjacencyBuilder> pending, string id)
    {
        if (!pending.TryGetValue(id, out var builder))
        {
            pending[id] = builder = new AdjacencyBuilder(published.GetValueOrDefault(id));
        }

        return builder;
    }

    private static Relationship[] Current(
        ConcurrentDictionary<string, Relationship[]> published, Dictionary<string, AdjacencyBuilder> pending, string id) =>
        pending.TryGetValue(id, out var builder) ? builder.ToArray() : published.GetValueOrDefault(id) ?? None;

    private void PublishPending()
    {
        Publish(_out, _pendingOut);
        Publish(_in, _pendingIn);
    }

    private void Publish(ConcurrentDictionary<string, Relationship[]> published, Dictionary<string, AdjacencyBuilder> pending)
    {
        foreach (var (id, builder) in pending)
        {
            if (_nodes.ContainsKey(id))
            {
                published[id] = builder.ToArray();
            }
        }

        pending.Clear();

        // A full load leaves a builder per node behind; Clear keeps that capacity (24 MB at 100k organisations).
        if (pending.EnsureCapacity(0) > 4096)
        {
            pending.TrimExcess();
        }
    }
}
