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
        Converters =
        {
            new JsonStringEnumConverter(),
            new SharedValues.StringListConverter(),
            new SharedValues.SourceListConverter(),
            new SharedValues.IdentifierListConverter(),
        },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutComputedNodeProperties, ShareRepeatedStrings } },
    };

    // String properties whose values repeat across many nodes or relationships (besides keywords and sources).
    private static readonly HashSet<(Type, string)> RepeatedStrings =
    [
        (typeof(Relationship), nameof(Relationship.Role)),
        (typeof(Money), nameof(Money.Currency)),
        (typeof(Source), nameof(Source.Name)),
        (typeof(People.Person), nameof(People.Person.JobTitle)),
    ];

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Expected a {typeof(T).Name}, found null.");

    private static void ShareRepeatedStrings(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.AttributeProvider is System.Reflection.MemberInfo member && RepeatedStrings.Contains((type.Type, member.Name)))
            {
                property.CustomConverter = new SharedValues.StringConverter();
            }
        }
    }

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
