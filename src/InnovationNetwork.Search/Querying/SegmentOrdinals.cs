using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// One segment's values of a multi-valued keyword field, flattened once into arrays (each document's
/// ordinals between <see cref="Starts"/>[doc] and <see cref="Starts"/>[doc + 1]) with the values as strings,
/// so counting facets is a tight loop over ints instead of a doc-values decode per hit. Cached per segment
/// core: segments are immutable, so the arrays stay right until the segment is merged away and collected.
/// </summary>
internal sealed class SegmentOrdinals
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, SegmentOrdinals?>> Cache = new();

    private SegmentOrdinals(int[] starts, int[] ords, string[] values)
    {
        Starts = starts;
        Ords = ords;
        Values = values;
    }

    public int[] Starts { get; }
    public int[] Ords { get; }
    public string[] Values { get; }

    /// <summary>The field's ordinals in this segment, or null when no document of it has the field.</summary>
    public static SegmentOrdinals? For(AtomicReader reader, string field) =>
        Cache.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, SegmentOrdinals?>(StringComparer.Ordinal))
            .GetOrAdd(field, f => Build(reader, f));

    private static SegmentOrdinals? Build(AtomicReader reader, string field)
    {
        var values = reader.GetSortedSetDocValues(field);
        if (values is null)
        {
            return null;
        }

        var starts = new int[reader.MaxDoc + 1];
        var ords = new List<int>(reader.MaxDoc * 2);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            starts[doc] = ords.Count;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ords.Add((int)ord);
            }
        }

        starts[reader.MaxDoc] = ords.Count;
        var names = new string[values.ValueCount];
        var term = new BytesRef();
        for (var ord = 0; ord < names.Length; ord++)
        {
            values.LookupOrd(ord, term);
            names[ord] = term.Utf8ToString();
        }

        return new SegmentOrdinals(starts, [.. ords], names);
    }
}
