using System.Collections;
using GraphQL;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.GraphQL.Common;

/// <summary>
/// Checks, at the edge, that every id a filter asks to look "within" exists: a typo in a place or
/// specialism id is an error naming it, not a silently empty list.
/// </summary>
public static class FilterIds
{
    public static void CheckKnown(InnovationGraph graph, object? filter)
    {
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        Walk(graph, filter, unknown, depth: 0);
        if (unknown.Count > 0)
        {
            throw new ExecutionError($"Unknown id{(unknown.Count > 1 ? "s" : "")} in the filter: {string.Join(", ", unknown)}.") { Code = "UNKNOWN_ID" };
        }
    }

    private static void Walk(InnovationGraph graph, object? value, SortedSet<string> unknown, int depth)
    {
        if (value is null || depth > 32 || value is string || value.GetType().IsValueType)
        {
            return;
        }

        if (value is IdFilter { Within: { } within } && graph.Find(within) is null)
        {
            unknown.Add(within);
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                Walk(graph, item, unknown, depth + 1);
            }

            return;
        }

        foreach (var property in value.GetType().GetProperties())
        {
            if (property.GetIndexParameters().Length == 0)
            {
                Walk(graph, property.GetValue(value), unknown, depth + 1);
            }
        }
    }
}
