namespace InnovationNetwork.Core.Matching;

/// <summary>Asks which records of <see cref="Type"/> match <see cref="Text"/>, keeping at most <see cref="Limit"/>.</summary>
public sealed record TextMatchRequest(string Text, SearchableType Type, int Limit)
{
    /// <summary>Restricts the records considered (kinds, places …); empty lists keep everything.</summary>
    public SearchFilter Filter { get; init; } = SearchFilter.None;
}

/// <summary>Which records of <see cref="Type"/> to match a text against, keeping at most <see cref="Limit"/>.</summary>
public sealed record TextMatchTarget(SearchableType Type, int Limit)
{
    public SearchFilter Filter { get; init; } = SearchFilter.None;
}

/// <summary>The records that matched, best first.</summary>
public sealed record TextMatches(IReadOnlyList<TextMatch> Matches)
{
    public static readonly TextMatches None = new([]);
}

/// <summary>A record and its relevance score (BM25; comparable within one answer only).</summary>
public sealed record TextMatch(string Id, float Score)
{
    /// <summary>The searched words (as the caller wrote them, in the order of the text) that the record's text holds.</summary>
    public IReadOnlyList<string> Mentions { get; init; } = [];
}
