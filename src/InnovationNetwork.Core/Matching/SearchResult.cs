using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.Core.Matching;

/// <summary>One page of search hits, best first, with how many matched in all and the facet counts.</summary>
public sealed record SearchResult(
    IReadOnlyList<SearchHit> Hits,
    int Offset,
    int TotalCount,
    IReadOnlyList<Facet> Facets,
    IReadOnlyList<string> SearchedTerms) : IPage
{
    public int Count => Hits.Count;
    public bool HasNextPage => Offset + Hits.Count < TotalCount;
    public bool HasPreviousPage => Offset > 0;
    public string CursorAt(int index) => Cursor.Encode(Offset + index);

    public static SearchResult Empty(int offset) => new([], offset, 0, [], []);
}

/// <summary>A matching record: its id and type, its relevance score, and the fragments of text that matched.</summary>
public sealed record SearchHit(string Id, SearchableType Type, float Score, IReadOnlyList<Highlight> Highlights);

/// <summary>Fragments of one field with the matched words marked by &lt;em&gt;…&lt;/em&gt; (the rest HTML-escaped).</summary>
public sealed record Highlight(string Field, IReadOnlyList<string> Fragments);

/// <summary>Counts of hits by the values of one field (type, kind, specialism, place, trl).</summary>
public sealed record Facet(string Field, IReadOnlyList<FacetValue> Values);

/// <summary>A value of a facet (an id for specialisms and places) and how many hits have it.</summary>
public sealed record FacetValue(string Value, int Count);
