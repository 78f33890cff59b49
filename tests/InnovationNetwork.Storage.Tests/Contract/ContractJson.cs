using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Storage.Tests.Contract;

/// <summary>
/// GraphJson, for comparing what was written with what was read. SHORTCUT until Core's GraphJson is fixed:
/// it refuses every node because <c>[JsonIgnore]</c> on the abstract <c>Node.Label</c>/<c>DisplayName</c> is
/// not seen on the overrides. These options leave the two out, as GraphJson means to; once it does so
/// itself, replace <c>ContractJson.Serialize</c> with <c>ContractJson.Serialize</c> and delete this file.
/// </summary>
public static class ContractJson
{
    private static readonly JsonSerializerOptions Options = new(GraphJson.Options)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutComputedNodeProperties } },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

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
