using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Querying;

/// <summary>
/// Sorts by several keys in turn and always ends with the id, so equal keys keep a stable order and
/// cursors stay meaningful. Missing values sort last in either direction.
/// </summary>
public static class Ordering
{
    public static List<T> Sort<T>(IEnumerable<T> items, IReadOnlyList<(Func<T, IComparable?> Key, SortDirection Direction)> keys)
        where T : Node
    {
        var list = items as List<T> ?? items.ToList();
        if (keys.Count == 0)
        {
            list.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            return list;
        }

        // Compute each key once per item rather than once per comparison, into rows sorted side by side
        // with the items (no dictionary by id, and no array per item for the usual single key).
        var rows = new Row<T>[list.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var item = list[i];
            IComparable?[]? rest = null;
            if (keys.Count > 1)
            {
                rest = new IComparable?[keys.Count - 1];
                for (var k = 1; k < keys.Count; k++)
                {
                    rest[k - 1] = keys[k].Key(item);
                }
            }

            rows[i] = new Row<T>(item, keys[0].Key(item), rest);
        }

        Array.Sort(rows, (a, b) =>
        {
            var c = Compare(a.First, b.First, keys[0].Direction);
            for (var k = 1; c == 0 && k < keys.Count; k++)
            {
                c = Compare(a.Rest![k - 1], b.Rest![k - 1], keys[k].Direction);
            }

            return c != 0 ? c : string.CompareOrdinal(a.Item.Id, b.Item.Id);
        });
        for (var i = 0; i < rows.Length; i++)
        {
            list[i] = rows[i].Item;
        }

        return list;
    }

    private readonly record struct Row<T>(T Item, IComparable? First, IComparable?[]? Rest);

    private static int Compare(IComparable? a, IComparable? b, SortDirection direction)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : 1) : -1;
        }

        var c = a is string sa && b is string sb ? string.Compare(sa, sb, StringComparison.OrdinalIgnoreCase) : a.CompareTo(b);
        return direction == SortDirection.DESC ? -c : c;
    }
}
