using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace InnovationNetwork.Core.Graph;

/// <summary>The one JSON form of nodes, relationships and changes that stores and exports share.</summary>
public static class GraphJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutComputedNodeProperties } },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Expected a {typeof(T).Name}, found null.");

    // Label and DisplayName are computed. [JsonIgnore] on the abstract members is not inherited by the
    // overrides, and "label" would clash with the type discriminator, so they are removed here instead.
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
