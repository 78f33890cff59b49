using System.Globalization;
using System.Text.RegularExpressions;

namespace InnovationNetwork.Storage.Tests.Neo4j;

/// <summary>
/// A LOCAL FAKE that goes one step further than <see cref="FakeNeo4jQueryApi"/>: an in-memory model of a
/// Neo4j database behind the Query API that understands the Neo4j store's own statement families (and only
/// those, by their fixed texts), with explicit transactions that work on a private copy, commit or roll back,
/// and the change-log counter's lock held from the statement that takes it to the end of the transaction.
/// It lets the whole store contract run through the store's real HTTP exchange. It is NOT Neo4j: it runs no
/// Cypher, so it proves the store's own logic (batching, checks, paging, typed JSON, retries, locking
/// discipline) and never that the Cypher means what the store thinks it means. Only a real server proves that.
/// </summary>
internal sealed partial class Neo4jQueryApiModel : HttpMessageHandler
{
    private readonly object _gate = new();
    private readonly SemaphoreSlim _counterLock = new(1, 1);
    private readonly Dictionary<string, ModelTransaction> _transactions = new(StringComparer.Ordinal);
    private ModelState _committed = new();
    private int _nextTransaction;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage message, CancellationToken cancellationToken)
    {
        var request = await FakeRequest.RecordAsync(message, cancellationToken);
        var segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries); // db, neo4j, query, v2, [tx, id, commit]
        if (segments.Length == 4)
        {
            lock (_gate)
            {
                return Run(request, _committed, transactionId: null);
            }
        }

        if (segments.Length == 5)
        {
            var transaction = new ModelTransaction($"model-{Interlocked.Increment(ref _nextTransaction)}");
            lock (_gate)
            {
                _transactions[transaction.Id] = transaction;
            }

            return await InTransactionAsync(transaction, request, cancellationToken);
        }

        ModelTransaction? open;
        lock (_gate)
        {
            _transactions.TryGetValue(segments[5], out open);
        }

        if (open is null)
        {
            return FakeNeo4jQueryApi.Error("Neo.ClientError.Request.Invalid", $"Transaction with Id: \"{segments[5]}\" was not found.");
        }

        if (request.Method == HttpMethod.Delete)
        {
            Close(open);
            return FakeNeo4jQueryApi.Data([], []);
        }

        if (segments.Length == 7)
        {
            var answer = request.Statement is null ? FakeNeo4jQueryApi.Data([], []) : await InTransactionAsync(open, request, cancellationToken, commit: true);
            lock (_gate)
            {
                if (_transactions.ContainsKey(open.Id) && answer.IsSuccessStatusCode && !HasErrors(answer))
                {
                    _committed = open.State ?? _committed;
                }
            }

            Close(open);
            return answer;
        }

        return await InTransactionAsync(open, request, cancellationToken);
    }

    private async Task<HttpResponseMessage> InTransactionAsync(ModelTransaction transaction, FakeRequest request, CancellationToken cancellationToken, bool commit = false)
    {
        var statement = request.Statement ?? "";
        if (statement.Contains("SET log.sequence = log.sequence", StringComparison.Ordinal) && !transaction.HoldsLock)
        {
            await _counterLock.WaitAsync(cancellationToken);
            transaction.HoldsLock = true;
        }

        lock (_gate)
        {
            transaction.State ??= _committed.Clone();
            var answer = Run(request, transaction.State, commit ? null : transaction.Id);
            if (HasErrors(answer))
            {
                // Neo4j closes a transaction whose statement failed.
                CloseLocked(transaction);
            }

            return answer;
        }
    }

    private void Close(ModelTransaction transaction)
    {
        lock (_gate)
        {
            CloseLocked(transaction);
        }
    }

    private void CloseLocked(ModelTransaction transaction)
    {
        if (_transactions.Remove(transaction.Id) && transaction.HoldsLock)
        {
            transaction.HoldsLock = false;
            _counterLock.Release();
        }
    }

    private static bool HasErrors(HttpResponseMessage answer) =>
        answer.Content.ReadAsStringAsync().GetAwaiter().GetResult().Contains("\"errors\"", StringComparison.Ordinal);

    private static HttpResponseMessage Run(FakeRequest request, ModelState state, string? transactionId)
    {
        var s = request.Statement ?? "";
        object? P(string name) => request.Parameter(name);
        HttpResponseMessage Rows(string[] fields, object?[][] rows) => FakeNeo4jQueryApi.Data(fields, rows, transactionId);

        if (s.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal))
        {
            return Rows([], []);
        }

        if (s.Contains("MERGE (log:ChangeLog", StringComparison.Ordinal))
        {
            state.Counter ??= state.Batches.Count == 0 ? 0 : state.Batches.Keys.Max();
            return Rows(["sequence"], [[state.Counter]]);
        }

        if (s.Contains("SET log.sequence = log.sequence + 1", StringComparison.Ordinal))
        {
            return state.Counter is null ? Rows(["sequence"], []) : Rows(["sequence"], [[++state.Counter]]);
        }

        if (s.Contains("RETURN log.sequence AS sequence", StringComparison.Ordinal))
        {
            return state.Counter is null ? Rows(["sequence"], []) : Rows(["sequence"], [[state.Counter]]);
        }

        if (s.Contains("n.version AS version", StringComparison.Ordinal))
        {
            var ids = ((List<object?>)P("ids")!).Cast<string>();
            return Rows(["id", "version"], [.. ids.Where(state.Nodes.ContainsKey).Select(id => new object?[] { id, state.Nodes[id].Properties["version"] })]);
        }

        if (s.Contains("SET n = row.properties", StringComparison.Ordinal))
        {
            var labels = PutLabels().Match(s).Groups[1].Value.Split(':');
            foreach (var row in ((List<object?>)P("rows")!).Cast<Dictionary<string, object?>>())
            {
                var properties = (Dictionary<string, object?>)row["properties"]!;
                state.Nodes[(string)row["id"]!] = new ModelNode(["Entity", .. labels], properties);
            }

            return Rows([], []);
        }

        if (s.Contains("DETACH DELETE n", StringComparison.Ordinal))
        {
            foreach (var id in ((List<object?>)P("ids")!).Cast<string>())
            {
                if (state.Nodes.Remove(id))
                {
                    foreach (var key in state.Relationships.Keys.Where(k => k.From == id || k.To == id).ToList())
                    {
                        state.Relationships.Remove(key);
                    }
                }
            }

            return Rows([], []);
        }

        if (s.Contains("MERGE (a)-[r:", StringComparison.Ordinal))
        {
            var type = RelationshipType().Match(s).Groups[1].Value;
            long linked = 0;
            foreach (var row in ((List<object?>)P("rows")!).Cast<Dictionary<string, object?>>())
            {
                var (from, to) = ((string)row["fromId"]!, (string)row["toId"]!);
                if (state.Nodes.ContainsKey(from) && state.Nodes.ContainsKey(to))
                {
                    state.Relationships[(type, from, to)] = (Dictionary<string, object?>)row["properties"]!;
                    linked++;
                }
            }

            return Rows(["linked"], [[linked]]);
        }

        if (s.EndsWith("DELETE r", StringComparison.Ordinal))
        {
            var type = RelationshipType().Match(s).Groups[1].Value;
            foreach (var row in ((List<object?>)P("rows")!).Cast<Dictionary<string, object?>>())
            {
                state.Relationships.Remove((type, (string)row["fromId"]!, (string)row["toId"]!));
            }

            return Rows([], []);
        }

        if (s.Contains("RETURN n.id AS id, n.body AS body", StringComparison.Ordinal))
        {
            var (after, limit) = ((string)P("afterId")!, (int)(long)P("pageSize")!);
            var page = state.Nodes.Keys.Where(id => string.CompareOrdinal(id, after) > 0).Order(StringComparer.Ordinal).Take(limit);
            return Rows(["id", "body"], [.. page.Select(id => new object?[] { id, state.Nodes[id].Properties["body"] })]);
        }

        if (s.Contains("collect(r.body) AS bodies", StringComparison.Ordinal))
        {
            var (after, limit) = ((string)P("afterId")!, (int)(long)P("pageSize")!);
            var page = state.Nodes.Keys.Where(id => string.CompareOrdinal(id, after) > 0).Order(StringComparer.Ordinal).Take(limit).ToList();
            var outgoing = state.Relationships.Where(r => state.Nodes.ContainsKey(r.Key.To)).ToLookup(r => r.Key.From, r => r.Value["body"], StringComparer.Ordinal);
            return Rows(["source", "bodies"], [.. page.Select(id => new object?[]
            {
                id,
                outgoing[id].ToList(),
            })]);
        }

        if (s.StartsWith("CREATE (:ChangeBatch", StringComparison.Ordinal))
        {
            var sequence = (long)P("sequence")!;
            if (state.Batches.ContainsKey(sequence))
            {
                return FakeNeo4jQueryApi.Error("Neo.ClientError.Schema.ConstraintValidationFailed", $"Node(1) already exists with label `ChangeBatch` and property `sequence` = {sequence}");
            }

            state.Batches[sequence] = new Dictionary<string, object?>
            {
                ["sequence"] = sequence,
                ["batchId"] = P("batchId"),
                ["at"] = DateTimeOffset.UtcNow,
                ["actor"] = P("actor"),
                ["changes"] = P("changes"),
            };
            return Rows([], []);
        }

        if (s.Contains("WHERE b.sequence > $afterSequence", StringComparison.Ordinal))
        {
            var (after, limit) = ((long)P("afterSequence")!, (int)(long)P("maxBatches")!);
            var batches = state.Batches.Where(b => b.Key > after).Take(limit);
            return Rows(["sequence", "at", "actor", "changes"], [.. batches.Select(b => new object?[]
            {
                b.Key,

                // As Neo4j writes a ZONED DATETIME: nine fractional digits.
                new TypedValue("OffsetDateTime", ((DateTimeOffset)b.Value["at"]!).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture) + "00Z"),
                b.Value["actor"],
                b.Value["changes"],
            })]);
        }

        if (s.Contains("RETURN b.batchId AS batchId", StringComparison.Ordinal))
        {
            var sequence = (long)P("sequence")!;
            return state.Batches.TryGetValue(sequence, out var batch) ? Rows(["batchId"], [[batch["batchId"]]]) : Rows(["batchId"], []);
        }

        return FakeNeo4jQueryApi.Error("Neo.ClientError.Statement.SyntaxError", $"The model of the Query API does not know this statement: {s}");
    }

    [GeneratedRegex(@"SET n:([A-Za-z:]+)$")]
    private static partial Regex PutLabels();

    [GeneratedRegex(@"\[r:([A-Z_]+)\]")]
    private static partial Regex RelationshipType();

    private sealed class ModelTransaction(string id)
    {
        public string Id { get; } = id;
        public bool HoldsLock { get; set; }
        public ModelState? State { get; set; }
    }

    private sealed record ModelNode(IReadOnlyList<string> Labels, Dictionary<string, object?> Properties);

    private sealed class ModelState
    {
        public Dictionary<string, ModelNode> Nodes { get; init; } = new(StringComparer.Ordinal);
        public Dictionary<(string Type, string From, string To), Dictionary<string, object?>> Relationships { get; init; } = [];
        public SortedDictionary<long, Dictionary<string, object?>> Batches { get; init; } = [];
        public long? Counter { get; set; }

        public ModelState Clone() => new()
        {
            Nodes = new(Nodes, StringComparer.Ordinal),
            Relationships = new(Relationships),
            Batches = new(Batches),
            Counter = Counter,
        };
    }
}
