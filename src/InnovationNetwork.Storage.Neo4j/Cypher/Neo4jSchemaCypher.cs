using static InnovationNetwork.Storage.Neo4j.Mapping.Neo4jLabels;

namespace InnovationNetwork.Storage.Neo4j.Cypher;

/// <summary>
/// What the store makes sure of before its first operation: unique constraints (each also the index that
/// lookups and paging use) and the one change-log counter node. Every statement is idempotent, so several
/// instances starting at once, or a start-up tried again, do no harm. Schema statements cannot share a
/// transaction with data writes, so each runs in its own.
/// </summary>
internal static class Neo4jSchemaCypher
{
    public static IReadOnlyList<Neo4jStatement> All { get; } =
    [
        new("create the unique constraint on node ids", Neo4jStatement.OneLine($$"""
            CREATE CONSTRAINT innovation_entity_id IF NOT EXISTS
            FOR (n:{{Entity}}) REQUIRE n.id IS UNIQUE
            """)),
        new("create the unique constraint on change-log sequences", Neo4jStatement.OneLine($$"""
            CREATE CONSTRAINT innovation_change_batch_sequence IF NOT EXISTS
            FOR (b:{{ChangeBatch}}) REQUIRE b.sequence IS UNIQUE
            """)),
        new("create the unique constraint on the change-log counter", Neo4jStatement.OneLine($$"""
            CREATE CONSTRAINT innovation_change_log_id IF NOT EXISTS
            FOR (log:{{ChangeLog}}) REQUIRE log.id IS UNIQUE
            """)),

        // Created once; a database that somehow lost its counter but kept its batches resumes after the last.
        new("create the change-log counter", Neo4jStatement.OneLine($$"""
            OPTIONAL MATCH (b:{{ChangeBatch}})
            WITH max(b.sequence) AS last
            MERGE (log:{{ChangeLog}} {id: $logId})
            ON CREATE SET log.sequence = coalesce(last, 0)
            RETURN log.sequence AS sequence
            """), new Dictionary<string, object?> { ["logId"] = ChangeLogId }),
    ];
}
