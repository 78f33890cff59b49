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
            rows[i] = RowOf(list[i], keys);
        }

        Array.Sort(rows, Comparison(keys));
        for (var i = 0; i < rows.Length; i++)
        {
            list[i] = rows[i].Item;
        }

        return list;
    }

    /// <summary>
    /// The first <paramref name="count"/> items in the order <see cref="Sort{T}"/> gives, picked with a bounded
    /// heap as the items stream past, and how many there are in all: what a first page needs. Only those are
    /// held, so a list of 60k matches neither sorts them nor allocates for them (at 100k organisations the
    /// large arrays of a full sort set off full collections, most of a filtered page's time).
    /// </summary>
    public static IReadOnlyList<T> First<T>(IEnumerable<T> items, IReadOnlyList<(Func<T, IComparable?> Key, SortDirection Direction)> keys, int count)
        where T : Node
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (keys.Count == 0)
        {
            keys = [(item => item.Id, SortDirection.ASC)];
        }

        var comparison = Comparison(keys);

        // A max-heap of the least rows so far: a row less than the greatest of them takes its place.
        var heap = new PriorityQueue<T, Row<T>>(Math.Min(count, 1024) + 1, Comparer<Row<T>>.Create((a, b) => comparison(b, a)));
        var total = 0;
        foreach (var item in items)
        {
            total++;
            if (count == 0)
            {
                continue;
            }

            var row = RowOf(item, keys);
            if (heap.Count < count)
            {
                heap.Enqueue(item, row);
            }
            else if (heap.TryPeek(out _, out var greatest) && comparison(row, greatest) < 0)
            {
                heap.DequeueEnqueue(item, row);
            }
        }

        var first = new T[heap.Count];
        for (var i = first.Length - 1; i >= 0; i--)
        {
            first[i] = heap.Dequeue();
        }

        return new FirstOfList<T>(first, total);
    }

    private static Row<T> RowOf<T>(T item, IReadOnlyList<(Func<T, IComparable?> Key, SortDirection Direction)> keys)
    {
        IComparable?[]? rest = null;
        if (keys.Count > 1)
        {
            rest = new IComparable?[keys.Count - 1];
            for (var k = 1; k < keys.Count; k++)
            {
                rest[k - 1] = keys[k].Key(item);
            }
        }

        return new Row<T>(item, keys[0].Key(item), rest);
    }

    private static Comparison<Row<T>> Comparison<T>(IReadOnlyList<(Func<T, IComparable?> Key, SortDirection Direction)> keys)
        where T : Node => (a, b) =>
    {
        var c = Compare(a.First, b.First, keys[0].Direction);
        for (var k = 1; c == 0 && k < keys.Count; k++)
        {
            c = Compare(a.Rest![k - 1], b.Rest![k - 1], keys[k].Direction);
        }

        return c != 0 ? c : string.CompareOrdinal(a.Item.Id, b.Item.Id);
    };

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
