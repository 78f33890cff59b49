using System.Text;
using InnovationNetwork.Search.Querying;
using Lucene.Net.Documents;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Indexing;

/// <summary>
/// The text of a document's fields as highlighting reads it (the first <see cref="HitHighlighter.MaxChars"/>
/// characters of each value), kept as one binary doc value: read by position, where a stored field
/// decompresses a block of neighbouring documents on every read, which was half the cost of highlighting a
/// page of hits. One value for all fields, since Lucene.Net measures every doc value it buffers by reflection.
/// </summary>
internal static class StoredText
{
    private const string FieldName = "stored_text";
    private const char ValueSeparator = '\u001F';
    private const char FieldSeparator = '\u001E';

    public static Field Field(IReadOnlyDictionary<string, List<string>> values) =>
        new BinaryDocValuesField(FieldName, new BytesRef(string.Join(FieldSeparator, IndexFields.TextFields
            .Select(field => values.TryGetValue(field, out var texts) ? string.Join(ValueSeparator, texts.Select(Clip)) : ""))));

    /// <summary>Each text field's values in a document (top-level number), in the order they were added.</summary>
    public static IReadOnlyDictionary<string, string[]> Read(IndexSearcher searcher, int doc)
    {
        var fields = (DocIds.BinaryValue(searcher, doc, FieldName) ?? "").Split(FieldSeparator);
        return IndexFields.TextFields
            .Select((field, i) => (field, Values: i < fields.Length && fields[i].Length > 0 ? fields[i].Split(ValueSeparator) : []))
            .ToDictionary(x => x.field, x => x.Values, StringComparer.Ordinal);
    }

    /// <summary>A document's name (its first name value) without decoding the rest of its text (<see cref="IndexFields.TextFields"/> starts with the name).</summary>
    public static string? Name(IndexSearcher searcher, int doc)
    {
        if (DocIds.BinaryBytes(searcher, doc, FieldName) is not { Length: > 0 } bytes)
        {
            return null;
        }

        // The name field comes first; the separators are single UTF-8 bytes that no multi-byte character contains.
        var span = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length);
        var end = span.IndexOfAny((byte)FieldSeparator, (byte)ValueSeparator);
        return Encoding.UTF8.GetString(end < 0 ? span : span[..end]);
    }

    private static string Clip(string value) =>
        (value.Length > HitHighlighter.MaxChars ? value[..HitHighlighter.MaxChars] : value).Replace(ValueSeparator, ' ').Replace(FieldSeparator, ' ');
}
