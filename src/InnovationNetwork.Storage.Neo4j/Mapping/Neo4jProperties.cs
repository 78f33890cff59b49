using System.Text.Json;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Storage.Neo4j.Mapping;

/// <summary>
/// The properties a node or relationship is stored with. <c>body</c> holds its whole GraphJson, which is what
/// the store reads back, so nothing is lost whatever Neo4j can or cannot hold. Beside it, for Neo4j Browser,
/// Bloom and ad-hoc Cypher, the GraphJson's fields are flattened into Neo4j properties:
/// <list type="bullet">
/// <item>strings, numbers and booleans as they are (integers as INTEGER, other numbers as FLOAT);</item>
/// <item>lists of strings, of integers, of numbers or of booleans as Neo4j lists; empty lists are left out;</item>
/// <item>a nested record of simple values one level deep, as <c>{field}{Name}</c>: <c>budgetAmount</c>,
/// <c>budgetCurrency</c>, <c>employmentEmployees</c> (amounts are FLOAT there, exact only in <c>body</c>);</item>
/// <item>anything else, notably the lists of records <c>identifiers</c> and <c>sources</c>, as a JSON string.</item>
/// </list>
/// Nulls are left out (Neo4j has no null property). A node's GraphJson type name (<c>label</c>) is left out:
/// its labels say it.
/// </summary>
internal static class Neo4jProperties
{
    public const string Body = "body";

    public static Dictionary<string, object?> Of(Node node)
    {
        var body = GraphJson.Serialize(node);
        return Flatten(body, skip: ["label"]);
    }

    public static Dictionary<string, object?> Of(Relationship relationship)
    {
        var body = GraphJson.Serialize(relationship);

        // Type and ends are the relationship itself in Neo4j; "key" is the same three again.
        return Flatten(body, skip: ["type", "from", "to", "key"]);
    }

    private static Dictionary<string, object?> Flatten(string body, IReadOnlyCollection<string> skip)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        using (var document = JsonDocument.Parse(body))
        {
            foreach (var field in document.RootElement.EnumerateObject())
            {
                if (field.Name == Body || skip.Contains(field.Name))
                {
                    continue;
                }

                Add(properties, field.Name, field.Value, nested: true);
            }
        }

        properties[Body] = body;
        return properties;
    }

    private static void Add(Dictionary<string, object?> properties, string name, JsonElement value, bool nested)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return;
            case JsonValueKind.Object when nested && value.EnumerateObject().All(p => IsSimple(p.Value)):
                foreach (var inner in value.EnumerateObject())
                {
                    Add(properties, name + char.ToUpperInvariant(inner.Name[0]) + inner.Name[1..], inner.Value, nested: false);
                }

                return;
            case JsonValueKind.Array when value.GetArrayLength() == 0:
                return;
            case JsonValueKind.Array when List(value) is { } list:
                properties[name] = list;
                return;
            case JsonValueKind.Object or JsonValueKind.Array:
                properties[name] = value.GetRawText();
                return;
            default:
                properties[name] = Simple(value);
                return;
        }
    }

    private static bool IsSimple(JsonElement value) =>
        value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null;

    private static object? Simple(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number when value.TryGetInt64(out var integer) => integer,
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    // Neo4j stores only homogeneous lists of simple values.
    private static object? List(JsonElement array)
    {
        var items = array.EnumerateArray().ToList();
        if (items.All(i => i.ValueKind == JsonValueKind.String))
        {
            return items.Select(i => i.GetString()!).ToList();
        }

        if (items.All(i => i.ValueKind == JsonValueKind.Number && i.TryGetInt64(out _)))
        {
            return items.Select(i => i.GetInt64()).ToList();
        }

        if (items.All(i => i.ValueKind == JsonValueKind.Number))
        {
            return items.Select(i => i.GetDouble()).ToList();
        }

        if (items.All(i => i.ValueKind is JsonValueKind.True or JsonValueKind.False))
        {
            return items.Select(i => i.GetBoolean()).ToList();
        }

        return null;
    }
}
