using System.Collections;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Querying;

/// <summary>
/// One end of each of a list of relationships, as a read-only list: what <see cref="NodeQuery.Targets"/> and
/// <see cref="NodeQuery.Sources"/> return. A list, not a LINQ projection, so filters count and index it
/// without copying it first.
/// </summary>
internal sealed class RelationshipEnds(IReadOnlyList<Relationship> relationships, bool far) : IReadOnlyList<string>
{
    public int Count => relationships.Count;

    public string this[int index] => far ? relationships[index].To : relationships[index].From;

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < relationships.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
