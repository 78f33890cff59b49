using System.Collections.Concurrent;
using InnovationNetwork.Core.Graph;
using static InnovationNetwork.Storage.Neo4j.Mapping.Neo4jLabels;

namespace InnovationNetwork.Storage.Neo4j.Cypher;

/// <summary>Relationships: links and unlinks in UNWIND batches, one text per type, and the paged full read.</summary>
internal static class Neo4jRelationshipCypher
{
    // Pages over source nodes by id (the constraint's index) and brings each one's outgoing relationships,
    // so paging needs no order over relationships, which Neo4j cannot index.
    private static readonly string PageText = Neo4jStatement.OneLine($$"""
        MATCH (a:{{Entity}}) WHERE a.id > $afterId
        WITH a ORDER BY a.id LIMIT $pageSize
        OPTIONAL MATCH (a)-[r]->(:{{Entity}})
        RETURN a.id AS source, collect(r.body) AS bodies
        ORDER BY source
        """);

    private static readonly ConcurrentDictionary<RelationshipType, string> LinkTexts = new();
    private static readonly ConcurrentDictionary<RelationshipType, string> UnlinkTexts = new();

    /// <summary>
    /// Adds relationships of one type, or replaces the properties of those that exist (<c>MERGE</c> on the
    /// two ends and the type: at most one per key). Both ends were checked to exist under the change-log lock;
    /// the count returned proves it.
    /// </summary>
    public static Neo4jStatement Link(RelationshipType type, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows)
    {
        var text = LinkTexts.GetOrAdd(type, t => Neo4jStatement.OneLine($$"""
            UNWIND $rows AS row
            MATCH (a:{{Entity}} {id: row.fromId})
            MATCH (b:{{Entity}} {id: row.toId})
            MERGE (a)-[r:{{TypeName(t)}}]->(b)
            SET r = row.properties
            RETURN count(r) AS linked
            """));
        return new($"link {TypeName(type)}", text, new Dictionary<string, object?> { ["rows"] = rows }) { MustReturn = ("linked", rows.Count) };
    }

    /// <summary>Removes relationships of one type if they exist; a missing one is no error.</summary>
    public static Neo4jStatement Unlink(RelationshipType type, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows)
    {
        var text = UnlinkTexts.GetOrAdd(type, t => Neo4jStatement.OneLine($$"""
            UNWIND $rows AS row
            MATCH (:{{Entity}} {id: row.fromId})-[r:{{TypeName(t)}}]->(:{{Entity}} {id: row.toId})
            DELETE r
            """));
        return new($"unlink {TypeName(type)}", text, new Dictionary<string, object?> { ["rows"] = rows });
    }

    public static Neo4jStatement Page(string afterId, int limit) => new(
        "read a page of relationships",
        PageText,
        new Dictionary<string, object?> { ["afterId"] = afterId, ["pageSize"] = limit });
}
