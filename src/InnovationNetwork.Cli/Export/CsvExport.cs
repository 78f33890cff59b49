using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Cli.Export;

/// <summary>
/// The graph as spreadsheets: one CSV file per label (organisations.csv, people.csv …) whose columns are
/// the label's fields as the JSON form names them (nested ones as <c>employment.employees</c>, lists joined
/// with "; "), and relationships.csv with type, from, to, role, amount, currency and confidence.
/// </summary>
internal static class CsvExport
{
    public static IReadOnlyList<(string File, int Rows)> Write(InnovationGraph graph, string directory)
    {
        Directory.CreateDirectory(directory);
        var written = new List<(string, int)>();
        foreach (var label in Enum.GetValues<NodeLabel>())
        {
            var rows = GraphExport.Nodes(graph).Where(n => n.Label == label).Select(Flatten).ToList();
            // The id first; the label is the file's, so it is left out.
            var columns = rows.SelectMany(r => r.Keys).Where(k => k != "label").Prepend("id").Distinct().ToList();
            var file = Path.Combine(directory, FileName(label));
            using var csv = new CsvWriter(new StreamWriter(file, false, new UTF8Encoding(false)), CultureInfo.InvariantCulture);
            foreach (var column in columns)
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var column in columns)
                {
                    csv.WriteField(row.GetValueOrDefault(column) ?? "");
                }

                csv.NextRecord();
            }

            written.Add((file, rows.Count));
        }

        var relationships = Path.Combine(directory, "relationships.csv");
        using (var csv = new CsvWriter(new StreamWriter(relationships, false, new UTF8Encoding(false)), CultureInfo.InvariantCulture))
        {
            foreach (var column in (string[])["type", "from", "to", "role", "amount", "currency", "confidence"])
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            var count = 0;
            foreach (var r in GraphExport.Relationships(graph))
            {
                csv.WriteField(r.Type.ToString());
                csv.WriteField(r.From);
                csv.WriteField(r.To);
                csv.WriteField(r.Role ?? "");
                csv.WriteField(r.Amount?.Amount.ToString(CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(r.Amount?.Currency ?? "");
                csv.WriteField(r.Confidence?.ToString(CultureInfo.InvariantCulture) ?? "");
                csv.NextRecord();
                count++;
            }

            written.Add((relationships, count));
        }

        return written;
    }

    /// <summary>organisations.csv, people.csv, specialisms.csv …</summary>
    public static string FileName(NodeLabel label) => label switch
    {
        NodeLabel.Person => "people.csv",
        NodeLabel.Capability => "capabilities.csv",
        _ => $"{label.ToString().ToLowerInvariant()}s.csv",
    };

    private static Dictionary<string, string> Flatten(Node node)
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        using var json = JsonDocument.Parse(GraphJson.Serialize(node));
        Flatten(json.RootElement, "", row);
        return row;
    }

    private static void Flatten(JsonElement element, string prefix, Dictionary<string, string> row)
    {
        foreach (var property in element.EnumerateObject())
        {
            var name = prefix + property.Name;
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Object:
                    Flatten(property.Value, name + ".", row);
                    break;
                case JsonValueKind.Array:
                    row[name] = string.Join("; ", property.Value.EnumerateArray().Select(Text));
                    break;
                default:
                    row[name] = Text(property.Value);
                    break;
            }
        }
    }

    // An identifier {scheme, value} reads "PIC:999985417"; a source {name, at} "seed:2025-01-01T00:00:00+00:00".
    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Object => string.Join(":", value.EnumerateObject().Select(p => Text(p.Value))),
        JsonValueKind.Null => "",
        _ => value.GetRawText(),
    };
}
