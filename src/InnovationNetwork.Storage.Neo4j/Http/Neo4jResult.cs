using System.Text.Json;

namespace InnovationNetwork.Storage.Neo4j.Http;

/// <summary>
/// The answer to one statement: <c>{"data": {"fields": [...], "values": [[...], ...]}, "bookmarks": [...],
/// "transaction": {"id", "expires"}}</c>, with values in typed JSON. Owns the parsed document; dispose it
/// once the rows are read.
/// </summary>
internal sealed class Neo4jResult : IDisposable
{
    private readonly JsonDocument _document;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly List<JsonElement> _rows = [];

    private Neo4jResult(JsonDocument document)
    {
        _document = document;
        var root = document.RootElement;
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var fields))
            {
                var i = 0;
                foreach (var field in fields.EnumerateArray())
                {
                    _columns[field.GetString()!] = i++;
                }
            }

            if (data.TryGetProperty("values", out var values))
            {
                _rows.AddRange(values.EnumerateArray());
            }
        }

        if (root.TryGetProperty("transaction", out var transaction) && transaction.ValueKind == JsonValueKind.Object)
        {
            TransactionId = transaction.TryGetProperty("id", out var id) ? id.GetString() : null;
            TransactionExpires = transaction.TryGetProperty("expires", out var expires) ? expires.GetString() : null;
        }

        if (root.TryGetProperty("bookmarks", out var bookmarks) && bookmarks.ValueKind == JsonValueKind.Array)
        {
            Bookmarks = bookmarks.EnumerateArray().Select(b => b.GetString() ?? "").ToList();
        }
    }

    public int Count => _rows.Count;

    /// <summary>Set while the answer belongs to an open explicit transaction; absent once the server closed it.</summary>
    public string? TransactionId { get; }

    public string? TransactionExpires { get; }

    public IReadOnlyList<string> Bookmarks { get; } = [];

    public static Neo4jResult Parse(JsonDocument document) => new(document);

    /// <summary>The value of <paramref name="field"/> in row <paramref name="row"/>, in CLR form (see <see cref="Neo4jTypedJson.Read"/>).</summary>
    public object? Value(int row, string field)
    {
        if (!_columns.TryGetValue(field, out var column))
        {
            throw new FormatException($"Neo4j's answer has no field '{field}' (it has {string.Join(", ", _columns.Keys)}).");
        }

        return Neo4jTypedJson.Read(_rows[row][column]);
    }

    public string? String(int row, string field) => (string?)Value(row, field);

    public long? Integer(int row, string field) => (long?)Value(row, field);

    public DateTimeOffset DateTime(int row, string field) =>
        Value(row, field) as DateTimeOffset? ?? throw new FormatException($"Neo4j's field '{field}' is not a date-time.");

    public void Dispose() => _document.Dispose();
}
