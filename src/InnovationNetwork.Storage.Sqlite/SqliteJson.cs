using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Storage.Sqlite;

/// <summary>
/// The GraphJson form the store writes and reads. SHORTCUT until Core's <see cref="GraphJson"/> is fixed:
/// <c>[JsonIgnore]</c> on the abstract <c>Node.Label</c> and <c>Node.DisplayName</c> is not seen on the
/// node types' overrides, so GraphJson refuses every node ("property 'label' conflicts with an existing
/// metadata property name"). These options are GraphJson's with those two properties left out, which is
/// the JSON GraphJson means to produce; once Core ignores them itself, use <see cref="GraphJson"/> directly.
/// </summary>
internal static class SqliteJson
{
    public static readonly JsonSerializerOptions Options = new(GraphJson.Options)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutComputedNodeProperties } },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Expected a {typeof(T).Name}, found null.");

    private static void LeaveOutComputedNodeProperties(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object || !typeof(Node).IsAssignableFrom(type.Type))
        {
            return;
        }

        for (var i = type.Properties.Count - 1; i >= 0; i--)
        {
            if (type.Properties[i].Name is "label" or "displayName")
            {
                type.Properties.RemoveAt(i);
            }
        }
    }
}
