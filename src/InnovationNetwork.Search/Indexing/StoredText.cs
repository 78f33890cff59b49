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
/// page of hits. One value for all fields, since Lucene.Net measures every doc value it buffers by reflection;
/// a field is decoded only when asked for.
/// </summary>
internal static class StoredText
{
    private const string FieldName = "stored_text";
    private const char ValueSeparator = '\u001F';
    private const char FieldSeparator = '\u001E';

    public static Field Field(IReadOnlyDictionary<string, List<string>> values) =>
        new BinaryDocValuesField(FieldName, new BytesRef(string.Join(FieldSeparator, IndexFields.TextFields
            .Select(field => values.TryGetValue(field, out var texts) ? string.Join(ValueSeparator, texts.Select(Clip)) : ""))));

    /// <summary>The values of a text field in a document (top-level number), in the order they were added.</summary>
    public static string[] Get(IndexSearcher searcher, int doc, string field)
    {
        if (DocIds.BinaryBytes(searcher, doc, FieldName) is not { Length: > 0 } bytes)
        {
            return [];
        }

        // Fields stand in the order of IndexFields.TextFields; the separators are single UTF-8 bytes that no
        // multi-byte character contains, so the field is found without decoding the others.
        var span = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length);
        for (var skip = Array.IndexOf(IndexFields.TextFields, field); skip > 0; skip--)
        {
            var next = span.IndexOf((byte)FieldSeparator);
            if (next < 0)
            {
                return [];
            }

            span = span[(next + 1)..];
        }

        var end = span.IndexOf((byte)FieldSeparator);
        var text = Encoding.UTF8.GetString(end < 0 ? span : span[..end]);
        return text.Length == 0 ? [] : text.Split(ValueSeparator);
    }

    private static string Clip(string value) =>
        (value.Length > HitHighlighter.MaxChars ? value[..HitHighlighter.MaxChars] : value).Replace(ValueSeparator, ' ').Replace(FieldSeparator, ' ');
}
