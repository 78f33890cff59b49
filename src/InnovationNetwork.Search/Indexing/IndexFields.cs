namespace InnovationNetwork.Search.Indexing;

/// <summary>
/// The fields of a document. Analysed text fields are kept as doc values for highlighting (<see cref="StoredText"/>)
/// and indexed with term vectors (terms and counts), so "more like this" reads a document's words without
/// re-analysing them; keyword fields are indexed
/// for filters and carry sorted-set doc values for facet counts.
/// </summary>
internal static class IndexFields
{
    // Keyword fields (not analysed).
    public const string Id = "id";
    public const string Type = "type";
    public const string Kind = "kind";
    public const string Size = "size";

    /// <summary>Specialism ids of the record and all their ancestors, so a filter or facet on Energy counts Offshore robotics.</summary>
    public const string Specialism = "spec";

    /// <summary>Place ids of the record and all their ancestors.</summary>
    public const string Place = "place";

    /// <summary>Each TRL 1–9 the record works at.</summary>
    public const string Trl = "trl";

    /// <summary>"1" for a private record, "0" otherwise.</summary>
    public const string Private = "private";

    /// <summary>The organisations whose members may see the record when it is private.</summary>
    public const string Owner = "owner";

    /// <summary>Every other node whose text or id this document holds: the reverse index used to re-index dependants.</summary>
    public const string Ref = "ref";

    /// <summary>Edge n-grams of the name, for autocomplete.</summary>
    public const string Suggest = "suggest";

    /// <summary>Lower-cased name, sorted doc values, for listing by name.</summary>
    public const string SortName = "sortname";

    /// <summary>How active the record is (projects taken part in), numeric doc values, to rank completions.</summary>
    public const string Popularity = "popularity";

    // Analysed text fields.
    public const string Name = "name";
    public const string Keywords = "keywords";
    public const string Text = "text";
    public const string Specialisms = "specialisms";
    public const string Places = "places";
    public const string Capabilities = "capabilities";
    public const string Activity = "activity";
    public const string Related = "related";

    /// <summary>
    /// Every text field again in one (indexed with frequencies, not stored): which documents contain a word
    /// is answered from one posting list instead of eight, and the fields then only score those documents.
    /// </summary>
    public const string All = "all";

    public static readonly string[] TextFields = [Name, Keywords, Text, Specialisms, Places, Capabilities, Activity, Related];

    /// <summary>The facets counted for every search, in the order they are returned.</summary>
    public static readonly string[] FacetFields = [Type, Kind, Specialism, Place, Trl];

    public const string Yes = "1";
    public const string No = "0";
}
