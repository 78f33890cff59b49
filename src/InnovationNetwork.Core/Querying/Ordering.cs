using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Querying;

/// <summary>
/// Sorts by several keys in turn and always ends with the id, so equal keys keep a stable order and
/// cursors stay meaningful. Missing values sort last in either direction.
/// </summary>
public static class Ordering
{
    /// <param name="top">
    /// When set, only the first <paramref name="top"/> items need to be in order (a first page): they are
    /// selected with a bounded heap instead of sorting every item, and the items after them are in no
    /// particular order. Sorting 30k matches to show twenty was four fifths of a filtered page's time.
    /// </param>
    public static List<T> Sort<T>(IEnumerable<T> items, IReadOnlyList<(Func<T, IComparable?> Key, SortDirection Direction)> keys, int? top = null)
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

        Comparison<Row<T>> comparison = (a, b) =>
        {
            var c = Compare(a.First, b.First, keys[0].Direction);
            for (var k = 1; c == 0 && k < keys.Count; k++)
            {
                c = Compare(a.Rest![k - 1], b.Rest![k - 1], keys[k].Direction);
            }

            return c != 0 ? c : string.CompareOrdinal(a.Item.Id, b.Item.Id);
        };

        if (top is { } needed && needed < rows.Length / 4)
        {
            SelectFirst(rows, Math.Max(needed, 0), comparison);
        }
        else
        {
            Array.Sort(rows, comparison);
        }

        for (var i = 0; i < rows.Length; i++)
        {
            list[i] = rows[i].Item;
        }

        return list;
    }

    /// <summary>Moves the <paramref name="count"/> least rows, in order, to the front; the rest keep no order.</summary>
    private static void SelectFirst<TRow>(TRow[] rows, int count, Comparison<TRow> comparison)
    {
        // A max-heap of the least rows seen so far: each row replaces the greatest of them if it is less.
        var heap = new PriorityQueue<int, TRow>(count + 1, Comparer<TRow>.Create((a, b) => comparison(b, a)));
        for (var i = 0; i < rows.Length; i++)
        {
            if (heap.Count < count)
            {
                heap.Enqueue(i, rows[i]);
            }
            else if (count > 0 && comparison(rows[i], GreatestOf(heap)) < 0)
            {
                heap.DequeueEnqueue(i, rows[i]);
            }
        }

        var first = new int[heap.Count];
        for (var i = first.Length - 1; i >= 0; i--)
        {
            first[i] = heap.Dequeue();
        }

        var chosen = new HashSet<int>(first);
        var rest = new List<TRow>(rows.Length - first.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            if (!chosen.Contains(i))
            {
                rest.Add(rows[i]);
            }
        }

        var ordered = first.Select(i => rows[i]).ToArray();
        ordered.CopyTo(rows, 0);
        rest.CopyTo(rows, ordered.Length);
    }

    private static TRow GreatestOf<TRow>(PriorityQueue<int, TRow> heap) => heap.TryPeek(out _, out var greatest) ? greatest : throw new InvalidOperationException();

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
