using InnovationNetwork.Core.Matching;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// Counts every hit by the values of the facet fields, read from sorted-set doc values (Lucene.Net's
/// facet module is not available): per segment into arrays indexed by ordinal, merged by value when the
/// segment ends. Also counts the hits.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, int>[] _totals = fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private SortedSetDocValues?[] _values = [];
    private int[][] _counts = [];

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _values = fields.Select(f => context.AtomicReader.GetSortedSetDocValues(f)).ToArray();
        _counts = _values.Select(v => v is null ? [] : new int[v.ValueCount]).ToArray();
    }

    public void Collect(int doc)
    {
        TotalHits++;
        for (var f = 0; f < _values.Length; f++)
        {
            var values = _values[f];
            if (values is null)
            {
                continue;
            }

            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _counts[f][ord]++;
            }
        }
    }

    public IReadOnlyList<Facet> Facets()
    {
        Flush();
        _values = [];
        return fields.Select((field, f) => new Facet(field, _totals[f]
                .OrderByDescending(kv => kv.Value)
                .ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => new FacetValue(kv.Key, kv.Value))
                .ToArray()))
            .ToArray();
    }

    private void Flush()
    {
        var term = new BytesRef();
        for (var f = 0; f < _values.Length; f++)
        {
            var values = _values[f];
            if (values is null)
            {
                continue;
            }

            for (var ord = 0; ord < _counts[f].Length; ord++)
            {
                if (_counts[f][ord] > 0)
                {
                    values.LookupOrd(ord, term);
                    var key = term.Utf8ToString();
                    _totals[f][key] = _totals[f].GetValueOrDefault(key) + _counts[f][ord];
                }
            }
        }
    }
}
