namespace InnovationNetwork.Core.Matching;

/// <summary>
/// A search in plain words (never query syntax: quotes, AND, * and brackets are just characters).
/// Empty text lists every record the filter keeps, by name; text with no searchable word (only stop
/// words or emoji) matches nothing.
/// </summary>
public sealed record SearchRequest(string Text)
{
    public SearchFilter Filter { get; init; } = SearchFilter.None;

    /// <summary>How many hits to skip (the position after the <c>after</c> cursor).</summary>
    public int Offset { get; init; }

    public int Limit { get; init; } = 20;

    /// <summary>Whether to mark the matched words in each hit's text.</summary>
    public bool Highlight { get; init; } = true;

    /// <summary>Whether to count hits by type, kind, specialism, place and TRL.</summary>
    public bool Facets { get; init; } = true;
}
