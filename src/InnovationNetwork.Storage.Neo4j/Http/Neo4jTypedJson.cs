using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace InnovationNetwork.Storage.Neo4j.Http;

/// <summary>
/// Neo4j's typed JSON (media type <c>application/vnd.neo4j.query</c>): every value is
/// <c>{"$type": "String", "_value": …}</c>. Integers and floats travel as strings so nothing is lost to a
/// JSON number's range; lists and maps nest typed values. Used both for the parameters sent and the
/// values read, so a 64-bit version or a 1e-9 confidence arrive exactly as meant.
/// </summary>
internal static class Neo4jTypedJson
{
    public const string MediaType = "application/vnd.neo4j.query";

    /// <summary>Writes a CLR value as a typed value: string, integers, double, bool, null, DateOnly, DateTimeOffset, maps and lists of these.</summary>
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        writer.WriteStartObject();
        switch (value)
        {
            case null:
                writer.WriteString("$type", "Null");
                writer.WriteNull("_value");
                break;
            case string text:
                writer.WriteString("$type", "String");
                writer.WriteString("_value", text);
                break;
            case bool flag:
                writer.WriteString("$type", "Boolean");
                writer.WriteBoolean("_value", flag);
                break;
            case int or long or short or byte:
                writer.WriteString("$type", "Integer");
                writer.WriteString("_value", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double or float:
                writer.WriteString("$type", "Float");
                writer.WriteString("_value", FormatFloat(Convert.ToDouble(value, CultureInfo.InvariantCulture)));
                break;
            case DateOnly date:
                writer.WriteString("$type", "Date");
                writer.WriteString("_value", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset time:
                writer.WriteString("$type", "OffsetDateTime");
                writer.WriteString("_value", time.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture));
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteString("$type", "Map");
                writer.WriteStartObject("_value");
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteString("$type", "List");
                writer.WriteStartArray("_value");
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"Neo4j parameters cannot hold a {value.GetType().Name}.", nameof(value));
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads a typed value into CLR form: string, long, double, bool, null, DateOnly, DateTimeOffset, lists and maps; other types as their text.</summary>
    public static object? Read(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty("$type", out var type) || !value.TryGetProperty("_value", out var inner))
        {
            throw new FormatException($"Expected a typed JSON value ({{\"$type\": …, \"_value\": …}}), found {Shorten(value.GetRawText())}.");
        }

        return type.GetString() switch
        {
            "Null" => null,
            "String" => inner.GetString(),
            "Boolean" => inner.GetBoolean(),
            "Integer" => long.Parse(inner.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            "Float" => ParseFloat(inner.GetString()!),
            "Date" => DateOnly.ParseExact(inner.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            "OffsetDateTime" => ParseDateTime(inner.GetString()!),
            "List" => inner.EnumerateArray().Select(Read).ToList(),
            "Map" => inner.EnumerateObject().ToDictionary(p => p.Name, p => Read(p.Value)),

            // Nodes, relationships, paths, times, durations, points, bytes: not queried by this store.
            _ => inner.ValueKind == JsonValueKind.String ? inner.GetString() : inner.GetRawText(),
        };
    }

    /// <summary>
    /// A ZONED DATETIME as Neo4j writes it: ISO-8601 with up to nine fractional digits and, for a named zone,
    /// a trailing <c>[Europe/London]</c>. The offset already fixes the instant, so the zone name is dropped and
    /// the fraction is cut to .NET's seven digits (100 ns).
    /// </summary>
    public static DateTimeOffset ParseDateTime(string text)
    {
        var zone = text.IndexOf('[', StringComparison.Ordinal);
        var iso = zone >= 0 ? text[..zone] : text;
        var dot = iso.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            var end = dot + 1;
            while (end < iso.Length && char.IsAsciiDigit(iso[end]))
            {
                end++;
            }

            if (end - dot - 1 > 7)
            {
                iso = string.Concat(iso.AsSpan(0, dot + 8), iso.AsSpan(end));
            }
        }

        return DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
    }

    private static string FormatFloat(double value) => value switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",

        // "R" round-trips every double; Neo4j reads decimal and scientific notation (1E-09) alike.
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static double ParseFloat(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static string Shorten(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 120), "…");
}
