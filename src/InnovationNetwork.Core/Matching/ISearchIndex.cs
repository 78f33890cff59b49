using InnovationNetwork.Core.Access;

namespace InnovationNetwork.Core.Matching;

/// <summary>
/// The port to the full-text index (Lucene in InnovationNetwork.Search): kept in step with the graph,
/// it answers in plain words, never in query syntax. Every method hides private records from viewers
/// who may not see them, in hits, counts and facets alike.
/// </summary>
public interface ISearchIndex
{
    /// <summary>The sequence of the last change batch the index holds.</summary>
    long Sequence { get; }

    /// <summary>Ranked hits with highlights, the total count and facet counts. Check the request first (<see cref="SearchChecks"/>).</summary>
    SearchResult Search(SearchRequest request, Viewer viewer);

    /// <summary>
    /// How well records of one type match a piece of text (a need, a challenge, a profile), best first:
    /// the relevance part of matching.
    /// </summary>
    TextMatches MatchText(TextMatchRequest request, Viewer viewer);

    /// <summary>Several asks about one text (organisations and projects for a need), answered from one analysis of it.</summary>
    IReadOnlyList<TextMatches> MatchText(string text, IReadOnlyList<TextMatchTarget> targets, Viewer viewer);

    /// <summary>Records of the same type whose text is most like this record's ("more like this").</summary>
    TextMatches MoreLikeThis(string id, int limit, Viewer viewer);

    /// <summary>Which specialisms a piece of text is about, most likely first.</summary>
    IReadOnlyList<SpecialismSuggestion> SuggestSpecialisms(string text, int limit);

    /// <summary>Names of records and specialisms that start with what someone has typed so far.</summary>
    IReadOnlyList<Completion> Autocomplete(string prefix, int limit, Viewer viewer);
}
