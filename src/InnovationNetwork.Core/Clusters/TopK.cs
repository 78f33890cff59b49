namespace InnovationNetwork.Core.Clusters;

/// <summary>The first k of n items under an order, without sorting all n: a bounded heap, O(n log k).</summary>
internal static class TopK
{
    /// <param name="compare">Negative when a ranks before b; must be a total order (end on a unique key) so results are repeatable.</param>
    public static int[] Select(IEnumerable<int> items, int k, Comparison<int> compare)
    {
        // The heap's root is the worst of those kept, so a better newcomer replaces it.
        var worstFirst = Comparer<int>.Create((a, b) => compare(b, a));
        var heap = new PriorityQueue<int, int>(k + 1, worstFirst);
        foreach (var item in items)
        {
            if (heap.Count < k)
            {
                heap.Enqueue(item, item);
            }
            else if (k > 0 && compare(item, heap.Peek()) < 0)
            {
                heap.DequeueEnqueue(item, item);
            }
        }

        var result = new int[heap.Count];
        for (var i = result.Length - 1; i >= 0; i--)
        {
            result[i] = heap.Dequeue();
        }

        return result;
    }
}
