using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Imports;

/// <summary>Compares nodes by their facts, ignoring <see cref="Node.Version"/> and <see cref="Node.Sources"/>.</summary>
public static class NodeFacts
{
    /// <summary>
    /// Whether two nodes state the same facts. Records compare their lists by reference, so the nodes are
    /// compared in their one JSON form instead, which also makes 1.0 and 1 the same amount only if the
    /// importer normalised them (it does, see <see cref="ImportValues.Normalise"/>).
    /// </summary>
    public static bool Same(Node a, Node b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.GetType() != b.GetType() || a.Id != b.Id)
        {
            return false;
        }

        return GraphJson.Serialize<Node>(Bare(a)) == GraphJson.Serialize<Node>(Bare(b));
    }

    /// <summary>The sources after an import: the import's entry moved to the end with its new time.</summary>
    public static IReadOnlyList<Source> WithSource(IReadOnlyList<Source> sources, Source source) =>
        [.. sources.Where(s => s.Name != source.Name), source];

    private static Node Bare(Node node) => node with { Version = 0, Sources = [] };
}
