using InnovationNetwork.Core.Matching;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// Counts every hit by the values of the facet fields, read from sorted-set doc values (Lucene.Net's
/// facet module is not available) through <see cref="SegmentOrdinals"/>: per segment into arrays indexed
/// by ordinal, merged by value when the segment ends. Also counts the hits.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, int>[] _totals = fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private SegmentOrdinals?[] _segment = [];
    private int[][] _counts = [];

    public IReadOnlyList<string> Fields => fields;

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = fields.Select(f => SegmentOrdinals.For(context.AtomicReader, f)).ToArray();
        _counts = _segment.Select(s => s is null ? [] : new int[s.Values.Length]).ToArray();
    }

    public void Collect(int doc)
    {
        TotalHits++;
        for (var f = 0; f < _segment.Length; f++)
        {
            if (_segment[f] is not { } segment)
            {
                continue;
            }

            var counts = _counts[f];
            var ords = segment.Ords;
            for (int i = segment.Starts[doc], end = segment.Starts[doc + 1]; i < end; i++)
            {
                counts[ords[i]]++;
            }
        }
    }

    public IReadOnlyList<Facet> Facets()
    {
        Flush();
        _segment = [];
        return fields.Select((field, f) => new Facet(field, _totals[f]
                .OrderByDescending(kv => kv.Value)
                .ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => new FacetValue(kv.Key, kv.Value))
                .ToArray()))
            .ToArray();
    }

    private void Flush()
    {
        for (var f = 0; f < _segment.Length; f++)
        {
            if (_segment[f] is not { } segment)
            {
                continue;
            }

            for (var ord = 0; ord < _counts[f].Length; ord++)
            {
                if (_counts[f][ord] > 0)
                {
                    var key = segment.Values[ord];
                    _totals[f][key] = _totals[f].GetValueOrDefault(key) + _counts[f][ord];
                }
            }
        }
    }
}
