using InnovationNetwork.Search.Indexing;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// How much a word found in each field counts. A name or keyword is the record saying what it is;
/// project text is what it did; related names and places only hint.
/// </summary>
internal static class FieldBoosts
{
    public static readonly IReadOnlyList<(string Field, float Boost)> Search =
    [
        (IndexFields.Name, 3f),
        (IndexFields.Keywords, 2f),
        (IndexFields.Specialisms, 1.5f),
        (IndexFields.Capabilities, 1.2f),
        (IndexFields.Text, 1f),
        (IndexFields.Activity, 0.8f),
        (IndexFields.Places, 0.5f),
        (IndexFields.Related, 0.4f),
    ];

    /// <summary>For matching a need: what a record does matters more than its name or where it is.</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> Match =
    [
        (IndexFields.Name, 1.5f),
        (IndexFields.Keywords, 1.5f),
        (IndexFields.Specialisms, 1f),
        (IndexFields.Capabilities, 1.2f),
        (IndexFields.Text, 1f),
        (IndexFields.Activity, 1f),
    ];

    /// <summary>Fields where a misspelt word is looked for among similar words.</summary>
    public static readonly HashSet<string> Fuzzy =
        [IndexFields.Name, IndexFields.Keywords, IndexFields.Specialisms, IndexFields.Capabilities, IndexFields.Text, IndexFields.Activity];
}
