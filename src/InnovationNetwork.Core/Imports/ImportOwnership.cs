using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Imports;

/// <summary>
/// Whose facts a node holds. An import owns a node only it has written (all its sources are that import):
/// it may then rewrite the node's fields and relationships. A node someone else wrote too (the seed, a
/// user, another import) is only completed: the import fills empty fields and adds missing relationships,
/// and never overwrites a curated fact.
/// </summary>
public static class ImportOwnership
{
    public static bool Owns(this Source source, Node? existing) =>
        existing is null || (existing.Sources.Count > 0 && existing.Sources.All(s => s.Name == source.Name));

    /// <summary>The existing value when set, else the imported one.</summary>
    public static T? Keep<T>(T? existing, T? imported) where T : class => existing ?? imported;

    /// <summary>The existing identifiers followed by the imported ones they lack.</summary>
    public static IReadOnlyList<ExternalIdentifier> Union(IReadOnlyList<ExternalIdentifier> existing, IEnumerable<ExternalIdentifier> imported)
    {
        var result = existing.ToList();
        foreach (var identifier in imported)
        {
            if (!result.Any(e => e.Scheme == identifier.Scheme && string.Equals(e.Value.Trim(), identifier.Value.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                result.Add(identifier);
            }
        }

        return result.Count == existing.Count ? existing : result;
    }
}
