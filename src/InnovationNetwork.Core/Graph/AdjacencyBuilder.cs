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

    // The relationships of _current and _added by key, once a search of this list is asked and it is long.
    private Dictionary<RelationshipKey, Relationship>? _index;

    /// <summary>How many relationships the list holds at most: which of a relationship's two lists to search.</summary>
    public int Size => _current.Length + _added.Count;

    /// <summary>The relationship held with this key, if any.</summary>
    public Relationship? Held(RelationshipKey key) =>
        _changed is not null && _changed.TryGetValue(key, out var changed) ? changed : Listed(key);

    /// <param name="relationship">The relationship to hold, replacing one with its key.</param>
    /// <param name="held">The one held with its key, from <see cref="Held"/> on the shorter list.</param>
    public void Put(Relationship relationship, Relationship? held)
    {
        if (held is not null || _changed?.ContainsKey(relationship.Key) == true)
        {
            (_changed ??= [])[relationship.Key] = relationship;
            return;
        }

        _added.Add(relationship);
        _index?.Add(relationship.Key, relationship);
    }

    /// <summary>Removes a relationship the list holds (<see cref="Held"/>).</summary>
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

    private Relationship? Listed(RelationshipKey key)
    {
        if (_index is null && Size > IndexFrom)
        {
            _index = new Dictionary<RelationshipKey, Relationship>(Size);
            foreach (var r in _current.Concat(_added))
            {
                _index.TryAdd(r.Key, r);
            }
        }

        if (_index is not null)
        {
            return _index.GetValueOrDefault(key);
        }

        return Array.Find(_current, r => r.Key == key) ?? _added.Find(r => r.Key == key);
    }
}
