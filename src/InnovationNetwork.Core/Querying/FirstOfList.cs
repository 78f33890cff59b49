using System.Collections;

namespace InnovationNetwork.Core.Querying;

/// <summary>
/// The ordered start of a longer list (<see cref="Ordering.First{T}"/>): <see cref="Count"/> is the whole
/// list's, for totalCount and page info; only the first items can be read, and reading past them fails
/// loudly rather than answering with the wrong items.
/// </summary>
internal sealed class FirstOfList<T>(T[] first, int total) : IReadOnlyList<T>
{
    public int Count => total;

    public T this[int index] => index >= 0 && index < first.Length
        ? first[index]
        : throw new ArgumentOutOfRangeException(nameof(index), index,
            $"Only the first {first.Length} of {total} items were put in order; ask for a longer start (top) to read item {index}.");

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
