using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Commands;

/// <summary>The checks and edits commands share: ids that must name visible records, text fields, relationship sets.</summary>
public static class CommandInputs
{
    /// <summary>
    /// The record <paramref name="id"/> names, when it exists, is a <typeparamref name="T"/> and the viewer may see
    /// it; otherwise null and a NOT_FOUND error at <paramref name="field"/> (a private record is not found, so its
    /// existence is not revealed).
    /// </summary>
    public static T? Find<T>(this CommandContext context, string? id, string field, List<UserError> errors) where T : Node
    {
        var what = InnovationGraph.LabelOf<T>().ToString().ToLowerInvariant();
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add(UserError.At(field, ChangeErrorCodes.Required, $"Give the id of the {what}."));
            return null;
        }

        if (context.Graph.Find<T>(id) is { } node && context.Viewer.CanSee(context.Graph, node))
        {
            return node;
        }

        errors.Add(UserError.NotFound(field, id, what));
        return null;
    }

    /// <summary>The organisation or person <paramref name="id"/> names (who can offer, post and take part), else NOT_FOUND.</summary>
    public static Node? FindHolder(this CommandContext context, string? id, string field, List<UserError> errors)
    {
        if (!string.IsNullOrWhiteSpace(id) && context.Graph.Find(id) is { Label: NodeLabel.Organisation or NodeLabel.Person } node
            && context.Viewer.CanSee(context.Graph, node))
        {
            return node;
        }

        errors.Add(string.IsNullOrWhiteSpace(id)
            ? UserError.At(field, ChangeErrorCodes.Required, "Give the id of an organisation or a person.")
            : UserError.NotFound(field, id, "organisation or person"));
        return null;
    }

    /// <summary>The ids, each checked like <see cref="Find{T}"/> (errors at <c>{field}.{index}</c>), without repeats.</summary>
    public static IReadOnlyList<string> FindAll<T>(this CommandContext context, IReadOnlyList<string>? ids, string field, List<UserError> errors) where T : Node
    {
        var found = new List<string>();
        for (var i = 0; i < (ids?.Count ?? 0); i++)
        {
            if (context.Find<T>(ids![i], $"{field}.{i}", errors) is { } node && !found.Contains(node.Id))
            {
                found.Add(node.Id);
            }
        }

        return found;
    }

    /// <summary>An edited text field: null keeps the current value, an empty string clears it, anything else replaces it (trimmed).</summary>
    public static string? Edit(string? given, string? current) => given is null ? current : Clean(given);

    /// <summary>Text as stored: trimmed, and null when nothing is left.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Keywords as stored: trimmed, without blanks or repeats (ignoring case).</summary>
    public static IReadOnlyList<string> Keywords(IReadOnlyList<string>? keywords) =>
        keywords?.Select(k => k.Trim()).Where(k => k.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray() ?? [];

    /// <summary>The links that make <paramref name="from"/>'s <paramref name="type"/> relationships exactly <paramref name="targets"/>.</summary>
    public static IEnumerable<Change> ReplaceLinks(InnovationGraph graph, string from, RelationshipType type, IReadOnlyList<string> targets)
    {
        var current = graph.Outgoing(from, type);
        foreach (var r in current.Where(r => !targets.Contains(r.To)))
        {
            yield return new Unlink(r.Key);
        }

        foreach (var to in targets.Where(t => current.All(r => r.To != t)))
        {
            yield return new Link(new Relationship(type, from, to));
        }
    }

    /// <summary>VERSION_CONFLICT when the record moved on since the caller read <paramref name="version"/>.</summary>
    public static UserError? CheckVersion(Node node, int version) => node.Version == version
        ? null
        : UserError.At("version", ChangeErrorCodes.VersionConflict,
            $"'{node.DisplayName}' is at version {node.Version}; it was changed since you read version {version}. Reload it and try again.");
}
