using System.Collections.Concurrent;
using InnovationNetwork.Storage.Neo4j.Mapping;
using static InnovationNetwork.Storage.Neo4j.Mapping.Neo4jLabels;

namespace InnovationNetwork.Storage.Neo4j.Cypher;

/// <summary>Nodes: stored versions, puts and removals in UNWIND batches, and the keyset-paged full read.</summary>
internal static class Neo4jNodeCypher
{
    private static readonly string VersionsText = Neo4jStatement.OneLine($$"""
        UNWIND $ids AS id
        MATCH (n:{{Entity}} {id: id})
        RETURN n.id AS id, n.version AS version
        """);

    // DETACH: removing a node removes every relationship that touches it, as the port says.
    private static readonly string RemoveText = Neo4jStatement.OneLine($$"""
        UNWIND $ids AS id
        MATCH (n:{{Entity}} {id: id})
        DETACH DELETE n
        """);

    // Keyset paging on the constraint's index: each page starts after the last id of the one before.
    private static readonly string PageText = Neo4jStatement.OneLine($$"""
        MATCH (n:{{Entity}}) WHERE n.id > $afterId
        RETURN n.id AS id, n.body AS body
        ORDER BY id
        LIMIT $pageSize
        """);

    // One text per label combination (a dozen at most), built from the closed label map only.
    private static readonly ConcurrentDictionary<string, string> PutTexts = new(StringComparer.Ordinal);

    public static Neo4jStatement Versions(IReadOnlyCollection<string> ids) => new(
        "read stored versions",
        VersionsText,
        new Dictionary<string, object?> { ["ids"] = ids });

    /// <summary>
    /// Creates or replaces nodes that share <paramref name="labels"/>. <c>SET n = …</c> replaces every
    /// property, so a field that became null disappears; the old labels go, so a node whose organisation
    /// kind changed (or, in principle, whose label did) carries only its new ones.
    /// </summary>
    /// <param name="rows">Each <c>{id, properties}</c>, properties as <see cref="Neo4jProperties"/> makes them.</param>
    public static Neo4jStatement Put(IReadOnlyList<string> labels, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows)
    {
        var key = string.Join(':', labels);
        var text = PutTexts.GetOrAdd(key, _ => Neo4jStatement.OneLine($$"""
            UNWIND $rows AS row
            MERGE (n:{{Entity}} {id: row.id})
            SET n = row.properties
            REMOVE n:{{string.Join(':', All)}}
            SET n:{{key}}
            """));
        return new($"put {key} nodes", text, new Dictionary<string, object?> { ["rows"] = rows });
    }

    public static Neo4jStatement Remove(IReadOnlyCollection<string> ids) => new(
        "remove nodes",
        RemoveText,
        new Dictionary<string, object?> { ["ids"] = ids });

    public static Neo4jStatement Page(string afterId, int limit) => new(
        "read a page of nodes",
        PageText,
        new Dictionary<string, object?> { ["afterId"] = afterId, ["pageSize"] = limit });
}
