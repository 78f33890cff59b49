using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// Collects the best hits of one search for several targets at once (organisations of some kinds, projects),
/// each target defined by a filter whose cached bit set says, document by document, whether it belongs:
/// a need's words are scored once, not once per target.
/// </summary>
internal sealed class TargetCollector : ICollector
{
    private readonly Filter?[] _filters;
    private readonly int[] _limits;
    private readonly PriorityQueue<int, (float Score, int Doc)>[] _best;
    private readonly IBits?[] _bits;
    private Scorer? _scorer;
    private int _base;

    public TargetCollector(IReadOnlyList<(Filter? Filter, int Limit)> targets)
    {
        _filters = targets.Select(t => t.Filter).ToArray();
        _limits = targets.Select(t => t.Limit).ToArray();
        _best = targets.Select(_ => new PriorityQueue<int, (float, int)>(Worst.Instance)).ToArray();
        _bits = new IBits?[targets.Count];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _base = context.DocBase;
        for (var t = 0; t < _filters.Length; t++)
        {
            // A null filter keeps everything; a segment with none of the target's documents gets an empty set.
            _bits[t] = _filters[t] is { } filter ? filter.GetDocIdSet(context, null)?.Bits ?? Empty.Instance : null;
        }
    }

    public void Collect(int doc)
    {
        float? score = null;
        for (var t = 0; t < _best.Length; t++)
        {
            if (_bits[t] is { } bits && !bits.Get(doc))
            {
                continue;
            }

            score ??= _scorer!.GetScore();
            var entry = (score.Value, _base + doc);
            var best = _best[t];
            if (best.Count < _limits[t])
            {
                best.Enqueue(entry.Item2, entry);
            }
            else if (best.TryPeek(out _, out var worst) && Worst.Instance.Compare(entry, worst) > 0)
            {
                best.DequeueEnqueue(entry.Item2, entry);
            }
        }
    }

    /// <summary>Each target's hits, best first.</summary>
    public ScoreDoc[][] Results() => _best
        .Select(q => q.UnorderedItems.Select(x => x.Priority).OrderByDescending(p => p, Worst.Instance).Select(p => new ScoreDoc(p.Doc, p.Score)).ToArray())
        .ToArray();

    /// <summary>Lower score first, then the higher document number (Lucene's tie-break: the lower document wins).</summary>
    private sealed class Worst : IComparer<(float Score, int Doc)>
    {
        public static readonly Worst Instance = new();

        public int Compare((float Score, int Doc) x, (float Score, int Doc) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Doc.CompareTo(x.Doc);
    }

    private sealed class Empty : IBits
    {
        public static readonly Empty Instance = new();

        public int Length => 0;

        public bool Get(int index) => false;
    }
}
