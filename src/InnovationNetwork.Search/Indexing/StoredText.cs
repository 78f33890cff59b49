using InnovationNetwork.Search.Querying;
using Lucene.Net.Documents;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Indexing;

/// <summary>
/// The text of a document's fields as highlighting reads it (the first <see cref="HitHighlighter.MaxChars"/>
/// characters of each value), kept as binary doc values, one per field with its values joined: read by
/// position, where a stored field decompresses a block of neighbouring documents on every read, which was
/// half the cost of highlighting a page of hits.
/// </summary>
internal static class StoredText
{
    private const char Separator = '\u001F';
    private const string Prefix = "stored_";

    public static Field Field(string field, IEnumerable<string> values) =>
        new BinaryDocValuesField(Prefix + field, new BytesRef(string.Join(Separator, values.Select(Clip))));

    /// <summary>The values of <paramref name="field"/> in a document (top-level number), in the order they were added.</summary>
    public static string[] Get(IndexSearcher searcher, int doc, string field) =>
        DocIds.BinaryValue(searcher, doc, Prefix + field) is { } joined ? joined.Split(Separator) : [];

    private static string Clip(string value) =>
        (value.Length > HitHighlighter.MaxChars ? value[..HitHighlighter.MaxChars] : value).Replace(Separator, ' ');
}
