using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Ports;
using InnovationNetwork.Storage.Neo4j.Cypher;
using InnovationNetwork.Storage.Neo4j.Mapping;

namespace InnovationNetwork.Storage.Neo4j;

/// <summary>
/// One batch, turned into statements before its transaction opens (so the change-log lock is held for the
/// database work only) and checked, inside the transaction, against the versions stored. Consecutive changes
/// of the same kind (puts with the same labels, links of one type …) share one UNWIND statement of up to
/// <see cref="MaxRowsPerStatement"/> rows; order is kept between runs, and a run ends before an id or
/// relationship it already holds, so every change sees the ones before it.
/// </summary>
internal sealed class Neo4jBatchPlan
{
    /// <summary>
    /// Rows per UNWIND statement: an import's batch of tens of thousands of changes goes as several requests
    /// of a few megabytes each rather than one huge one, all in the same transaction.
    /// </summary>
    public const int MaxRowsPerStatement = 1000;

    private Neo4jBatchPlan(IReadOnlyList<Change> changes, IReadOnlyList<Neo4jStatement> statements, IReadOnlyCollection<string> idsToCheck)
    {
        Changes = changes;
        Statements = statements;
        IdsToCheck = idsToCheck;
    }

    public IReadOnlyList<Change> Changes { get; }

    public IReadOnlyList<Neo4jStatement> Statements { get; }

    /// <summary>The ids whose stored versions decide whether the batch may be written: put nodes and link ends.</summary>
    public IReadOnlyCollection<string> IdsToCheck { get; }

    public static Neo4jBatchPlan For(IReadOnlyList<Change> changes)
    {
        var statements = new List<Neo4jStatement>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var run = new Run();
        foreach (var change in changes)
        {
            var (key, identity, row) = change switch
            {
                PutNode put => ("put:" + string.Join(':', Neo4jLabels.Of(put.Node)), put.Node.Id, PutRow(put.Node)),
                RemoveNode remove => ("remove", remove.Id, null),
                Link link => ("link:" + Neo4jLabels.TypeName(link.Relationship.Type), Key(link.Relationship.Key), LinkRow(link.Relationship)),
                Unlink unlink => ("unlink:" + Neo4jLabels.TypeName(unlink.Key.Type), Key(unlink.Key), EndsRow(unlink.Key)),
                _ => throw new ArgumentException($"The Neo4j store does not know the change {change.GetType().Name}.", nameof(changes)),
            };

            if (run.Key != key || run.Identities.Contains(identity) || run.Identities.Count == MaxRowsPerStatement)
            {
                run.Flush(statements);
                run = new Run { Key = key, First = change };
            }

            run.Identities.Add(identity);
            if (row is not null)
            {
                run.Rows.Add(row);
            }

            switch (change)
            {
                case PutNode put:
                    ids.Add(put.Node.Id);
                    break;
                case Link link:
                    ids.Add(link.Relationship.From);
                    ids.Add(link.Relationship.To);
                    break;
            }
        }

        run.Flush(statements);
        return new Neo4jBatchPlan(changes, statements, ids);
    }

    /// <summary>
    /// Replays the batch over the stored versions, with the SQLite store's rules: a put must follow the
    /// stored version (1 creates, and only where nothing is stored), a link's ends must exist when it comes.
    /// Throws <see cref="StoreConflictException"/> at the first change that breaks them.
    /// </summary>
    public void Check(IReadOnlyDictionary<string, int> storedVersions)
    {
        var versions = new Dictionary<string, int?>(StringComparer.Ordinal);
        int? Version(string id) => versions.TryGetValue(id, out var v) ? v : storedVersions.TryGetValue(id, out var s) ? s : null;

        foreach (var change in Changes)
        {
            switch (change)
            {
                case PutNode { Node: var node }:
                    var stored = Version(node.Id);
                    if ((stored ?? 0) != node.Version - 1)
                    {
                        throw VersionConflict(node, stored);
                    }

                    versions[node.Id] = node.Version;
                    break;
                case RemoveNode remove:
                    versions[remove.Id] = null;
                    break;
                case Link { Relationship: var relationship }:
                    foreach (var end in (ReadOnlySpan<string>)[relationship.From, relationship.To])
                    {
                        if (Version(end) is null)
                        {
                            throw new StoreConflictException(
                                end,
                                expectedVersion: null,
                                storedVersion: null,
                                $"Cannot link {relationship.From} {relationship.Type} {relationship.To}: node {end} does not exist.");
                        }
                    }

                    break;
            }
        }
    }

    private static StoreConflictException VersionConflict(Node node, int? stored)
    {
        int? expected = node.Version > 1 ? node.Version - 1 : null;
        var message = (expected, stored) switch
        {
            (null, _) => $"Cannot create {node.Id}: a node with that id exists already (version {stored}).",
            (_, null) => $"Cannot save version {node.Version} of {node.Id}: it does not exist (it may have been removed).",
            _ => $"Cannot save version {node.Version} of {node.Id}: it was read at version {expected} but is now at " +
                 $"version {stored}; read it again and reapply the change.",
        };
        return new StoreConflictException(node.Id, expected, stored, message);
    }

    private static string Key(RelationshipKey key) => $"{key.From}\u0000{key.To}";

    private static Dictionary<string, object?> PutRow(Node node) => new()
    {
        ["id"] = node.Id,
        ["properties"] = Neo4jProperties.Of(node),
    };

    private static Dictionary<string, object?> LinkRow(Relationship relationship) => new()
    {
        ["fromId"] = relationship.From,
        ["toId"] = relationship.To,
        ["properties"] = Neo4jProperties.Of(relationship),
    };

    private static Dictionary<string, object?> EndsRow(RelationshipKey key) => new() { ["fromId"] = key.From, ["toId"] = key.To };

    private sealed class Run
    {
        public string? Key { get; init; }
        public Change? First { get; init; }
        public HashSet<string> Identities { get; } = new(StringComparer.Ordinal);
        public List<IReadOnlyDictionary<string, object?>> Rows { get; } = [];

        public void Flush(List<Neo4jStatement> statements)
        {
            switch (First)
            {
                case null:
                    return;
                case PutNode put:
                    statements.Add(Neo4jNodeCypher.Put(Neo4jLabels.Of(put.Node), Rows));
                    break;
                case RemoveNode:
                    statements.Add(Neo4jNodeCypher.Remove([.. Identities]));
                    break;
                case Link link:
                    statements.Add(Neo4jRelationshipCypher.Link(link.Relationship.Type, Rows));
                    break;
                case Unlink unlink:
                    statements.Add(Neo4jRelationshipCypher.Unlink(unlink.Key.Type, Rows));
                    break;
            }
        }
    }
}
