using static InnovationNetwork.Storage.Neo4j.Mapping.Neo4jLabels;

namespace InnovationNetwork.Storage.Neo4j.Cypher;

/// <summary>
/// The change log: <c>(:ChangeBatch {sequence, batchId, at, actor, changes})</c> nodes and the one
/// <c>(:ChangeLog {id: 'main', sequence})</c> counter. Neo4j reads at read-committed isolation, so
/// ordering comes from a lock: a <c>SET</c> whose value reads the property it sets takes the node's write
/// lock before reading (Neo4j's "lost updates" rule), and the lock is held until the transaction ends.
/// Every append takes it first, so appends from every instance run one after another, each sees the
/// versions the previous one left, and sequences have no gaps (a rolled-back append gives its number back).
/// </summary>
internal static class Neo4jChangeLogCypher
{
    private static readonly string LockAndNextText = Neo4jStatement.OneLine($$"""
        MATCH (log:{{ChangeLog}} {id: $logId})
        SET log.sequence = log.sequence + 1
        RETURN log.sequence AS sequence
        """);

    // Sets the counter to itself: takes the same lock as an append without changing anything, so a reader
    // sees no batch commit until it lets go (it rolls back, so nothing is written).
    private static readonly string LockForReadText = Neo4jStatement.OneLine($$"""
        MATCH (log:{{ChangeLog}} {id: $logId})
        SET log.sequence = log.sequence
        RETURN log.sequence AS sequence
        """);

    // Stamped with the server's clock while the lock is held, so times never run backwards between instances.
    private static readonly string AppendText = Neo4jStatement.OneLine($$"""
        CREATE (:{{ChangeBatch}} {sequence: $sequence, batchId: $batchId, at: datetime.realtime(), actor: $actor, changes: $changes})
        """);

    private static readonly string CurrentText = Neo4jStatement.OneLine($$"""
        MATCH (log:{{ChangeLog}} {id: $logId})
        RETURN log.sequence AS sequence
        """);

    private static readonly string AfterText = Neo4jStatement.OneLine($$"""
        MATCH (b:{{ChangeBatch}}) WHERE b.sequence > $afterSequence
        RETURN b.sequence AS sequence, b.at AS at, b.actor AS actor, b.changes AS changes
        ORDER BY sequence
        LIMIT $maxBatches
        """);

    private static readonly string FindText = Neo4jStatement.OneLine($$"""
        MATCH (b:{{ChangeBatch}} {sequence: $sequence})
        RETURN b.batchId AS batchId
        """);

    /// <summary>Locks the counter and takes the next sequence; run first in every append.</summary>
    public static Neo4jStatement LockAndNext() => new("take the next change-log sequence", LockAndNextText, Log());

    public static Neo4jStatement LockForRead() => new("lock the change log for a consistent read", LockForReadText, Log());

    /// <summary>The batch's log entry, sent with the commit.</summary>
    /// <param name="batchId">Unique per append, so after a commit whose answer was lost the store can tell whether it landed.</param>
    public static Neo4jStatement Append(long sequence, string batchId, string actor, string changesJson) => new(
        "log the batch",
        AppendText,
        new Dictionary<string, object?> { ["sequence"] = sequence, ["batchId"] = batchId, ["actor"] = actor, ["changes"] = changesJson });

    public static Neo4jStatement Current() => new("read the current sequence", CurrentText, Log());

    public static Neo4jStatement After(long afterSequence, int limit) => new(
        "read the change log",
        AfterText,
        new Dictionary<string, object?> { ["afterSequence"] = afterSequence, ["maxBatches"] = limit });

    public static Neo4jStatement Find(long sequence) => new(
        "find a logged batch",
        FindText,
        new Dictionary<string, object?> { ["sequence"] = sequence });

    private static Dictionary<string, object?> Log() => new() { ["logId"] = ChangeLogId };
}
