namespace InnovationNetwork.Core.Graph;

/// <summary>
/// One node's relationship list while a batch (or a full load) is being applied: changed in place, with a
/// key index once it grows, and published as a fresh array when the batch ends. Without it, every insert
/// copied and searched the whole array, so a hub (the European Commission funds 13,826 CORDIS projects)
/// cost quadratic time.
/// </summary>
internal sealed class AdjacencyBuilder(Relationship[]? current)
{
    private const int IndexFrom = 16;
    private readonly List<Relationship?> _items = current is null ? [] : [.. current];
    private Dictionary<RelationshipKey, int>? _index;
    private int _removed;

    public void Put(Relationship relationship)
    {
        var at = Find(relationship.Key);
        if (at >= 0)
        {
            _items[at] = relationship;
            return;
        }

        _index?.Add(relationship.Key, _items.Count);
        _items.Add(relationship);
        if (_index is null && _items.Count > IndexFrom)
        {
            BuildIndex();
        }
    }

    public void Remove(RelationshipKey key)
    {
        var at = Find(key);
        if (at < 0)
        {
            return;
        }

        _items[at] = null;
        _index?.Remove(key);
        _removed++;
    }

    public Relationship[] ToArray()
    {
        var result = new Relationship[_items.Count - _removed];
        var i = 0;
        foreach (var item in _items)
        {
            if (item is not null)
            {
                result[i++] = item;
            }
        }

        return result;
    }

    private int Find(RelationshipKey key)
    {
        if (_index is not null)
        {
            return _index.GetValueOrDefault(key, -1);
        }

        for (var i = 0; i < _items.Count; i++)
        {
            if (_items[i] is { } r && r.Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    private void BuildIndex()
    {
        _index = new Dictionary<RelationshipKey, int>(_items.Count * 2);
        for (var i = 0; i < _items.Count; i++)
        {
            if (_items[i] is { } r)
            {
                _index[r.Key] = i;
            }
        }
    }
}
