namespace InnovationNetwork.Core.Graph;

/// <summary>
/// One node's relationship list while a batch (or a full load) is being applied, published as a fresh array
/// when the batch ends. The published list is not copied: new relationships are appended beside it, and
/// replaced or removed ones noted by key, so a batch that adds one relationship to a place with a million
/// organisations in it costs one copy at publication, not a copy and an index of the million.
/// Whether a relationship is held already is asked of the shorter of its two lists (the graph keeps both
/// in step): the organisation's few, not the place's million.
/// </summary>
internal sealed class AdjacencyBuilder(Relationship[]? current)
{
    private const int IndexFrom = 16;
    private readonly Relationship[] _current = current ?? [];
    private readonly List<Relationship> _added = [];

    // Keys replaced (the new relationship) or removed (null) in this batch; each is in _current or _added.
    private Dictionary<RelationshipKey, Relationship?>? _changed;

    // The keys of _current and _added, once a search of this list is asked and it is long.
    private HashSet<RelationshipKey>? _index;

    /// <summary>How many relationships the list holds at most: which of a relationship's two lists to search.</summary>
    public int Size => _current.Length + _added.Count;

    public bool Holds(RelationshipKey key) =>
        _changed is not null && _changed.TryGetValue(key, out var changed) ? changed is not null : Lists(key);

    /// <param name="relationship">The relationship to hold, replacing one with its key.</param>
    /// <param name="held">Whether its key is held already, from <see cref="Holds"/> on the shorter list.</param>
    public void Put(Relationship relationship, bool held)
    {
        if (held || _changed?.ContainsKey(relationship.Key) == true)
        {
            (_changed ??= [])[relationship.Key] = relationship;
            return;
        }

        _added.Add(relationship);
        _index?.Add(relationship.Key);
    }

    /// <summary>Removes a relationship the list holds (<see cref="Holds"/>).</summary>
    public void Remove(RelationshipKey key) => (_changed ??= [])[key] = null;

    public Relationship[] ToArray()
    {
        if (_changed is null)
        {
            return _added.Count == 0 ? _current : [.. _current, .. _added];
        }

        var result = new List<Relationship>(Size);
        Emit(_current, result);
        Emit(_added, result);
        return [.. result];
    }

    private void Emit(IEnumerable<Relationship> relationships, List<Relationship> result)
    {
        foreach (var r in relationships)
        {
            if (!_changed!.TryGetValue(r.Key, out var changed))
            {
                result.Add(r);
            }
            else if (changed is not null)
            {
                result.Add(changed);
            }
        }
    }

    private bool Lists(RelationshipKey key)
    {
        if (_index is null && Size > IndexFrom)
        {
            _index = [.. _current.Select(r => r.Key), .. _added.Select(r => r.Key)];
        }

        if (_index is not null)
        {
            return _index.Contains(key);
        }

        return _current.Any(r => r.Key == key) || _added.Exists(r => r.Key == key);
    }
}
