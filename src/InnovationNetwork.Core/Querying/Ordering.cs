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

        // Compute each key once per item rather than once per comparison.
        var values = new Dictionary<string, IComparable?[]>(list.Count, StringComparer.Ordinal);
        foreach (var item in list)
        {
            var row = new IComparable?[keys.Count];
            for (var k = 0; k < keys.Count; k++)
            {
                row[k] = keys[k].Key(item);
            }

            values[item.Id] = row;
        }

        list.Sort((a, b) =>
        {
            var ra = values[a.Id];
            var rb = values[b.Id];
            for (var k = 0; k < keys.Count; k++)
            {
                var c = Compare(ra[k], rb[k], keys[k].Direction);
                if (c != 0)
                {
                    return c;
                }
            }

            return string.CompareOrdinal(a.Id, b.Id);
        });
        return list;
    }

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
