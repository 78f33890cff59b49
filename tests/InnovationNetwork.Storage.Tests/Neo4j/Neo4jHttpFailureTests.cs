using System.Net;
using System.Net.Sockets;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Ports;
using InnovationNetwork.Storage.Neo4j;
using InnovationNetwork.Storage.Tests.Contract;

namespace InnovationNetwork.Storage.Tests.Neo4j;

/// <summary>
/// How the Neo4j store meets failure, against a LOCAL FAKE of the Query API (<see cref="FakeNeo4jQueryApi"/>),
/// plus one real refused connection on this machine's loopback: error mapping, retries from the start of an
/// operation, rollback, and a lost commit answer. These do not replace the contract suite against a real Neo4j.
/// </summary>
public sealed class Neo4jHttpFailureTests
{
    private const string Actor = "user:failure-test";

    private static bool IsPut(FakeRequest r) => r.Statement?.Contains("SET n = row.properties", StringComparison.Ordinal) == true;

    [Fact]
    public async Task AClientErrorBecomesAQueryExceptionNamingTheCodeAndTheStatementAndIsNotRetried()
    {
        var fake = new FakeNeo4jQueryApi();
        fake.When(IsPut, _ => FakeNeo4jQueryApi.Error("Neo.ClientError.Statement.SyntaxError", "Invalid input 'X': expected\n\"UNWIND\" (line 1)"), times: 5);
        await using var store = Neo4jTestStores.Over(fake);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => store.AppendAsync(Actor, [new PutNode(SampleNodes.Business(1))]));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal("put Organisation:Business nodes", error.StatementName);
        Assert.Contains("Neo4j at http://neo4j.test:7474 (database neo4j) refused to put Organisation:Business nodes", error.Message);
        Assert.DoesNotContain("\n", error.Message);
        Assert.Single(fake.Begins);
        Assert.Empty(fake.Commits);
        Assert.Single(fake.Rollbacks);
    }

    [Fact]
    public async Task AUniqueConstraintViolationBecomesAStoreConflictNamingTheNode()
    {
        var fake = new FakeNeo4jQueryApi();
        fake.When(IsPut, _ => FakeNeo4jQueryApi.Error(
            "Neo.ClientError.Schema.ConstraintValidationFailed", "Node(12) already exists with label `Entity` and property `id` = 'org-business-000001'"));
        await using var store = Neo4jTestStores.Over(fake);

        var conflict = await Assert.ThrowsAsync<StoreConflictException>(() => store.AppendAsync(Actor, [new PutNode(SampleNodes.Business(1))]));

        Assert.Equal("org-business-000001", conflict.NodeId);
        Assert.Contains("unique constraint", conflict.Message);
        Assert.Single(fake.Begins);
    }

    [Fact]
    public async Task AStalePutIsRefusedBeforeAnythingIsWrittenAndTheTransactionIsRolledBack()
    {
        var fake = new FakeNeo4jQueryApi { Sequence = 3 };
        var node = SampleNodes.Organisation();
        fake.Versions[node.Id] = 2;
        await using var store = Neo4jTestStores.Over(fake);

        var conflict = await Assert.ThrowsAsync<StoreConflictException>(() => store.AppendAsync(Actor, [new PutNode(SampleNodes.Business(9)), new PutNode(node with { Version = 2 })]));

        Assert.Equal((node.Id, 1, 2), (conflict.NodeId, conflict.ExpectedVersion, conflict.StoredVersion));
        Assert.Equal("/db/neo4j/query/v2/tx/tx-1", Assert.Single(fake.Rollbacks).Path);
        Assert.DoesNotContain(fake.Requests, IsPut);
        Assert.Empty(fake.Commits);
        Assert.Equal(3, fake.Sequence);
    }

    [Fact]
    public async Task LinkingToANodeThatIsNotStoredIsRefusedAndRolledBack()
    {
        var fake = new FakeNeo4jQueryApi();
        fake.Versions[SampleNodes.Person().Id] = 1;
        await using var store = Neo4jTestStores.Over(fake);

        var conflict = await Assert.ThrowsAsync<StoreConflictException>(
            () => store.AppendAsync(Actor, [new Link(new Relationship(RelationshipType.WORKS_AT, SampleNodes.Person().Id, "org-nowhere"))]));

        Assert.Equal("org-nowhere", conflict.NodeId);
        Assert.Single(fake.Rollbacks);
        Assert.Empty(fake.Commits);
    }

    [Fact]
    public async Task ATransientErrorIsRetriedAsAWholeTransactionFromItsStart()
    {
        var fake = new FakeNeo4jQueryApi();
        fake.When(r => r.Path.EndsWith("/commit", StringComparison.Ordinal), _ => FakeNeo4jQueryApi.Error(
            "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient[1] can't acquire ExclusiveLock"));
        await using var store = Neo4jTestStores.Over(fake);

        var sequence = await store.AppendAsync(Actor, [new PutNode(SampleNodes.Business(1))]);

        Assert.Equal(1, sequence);
        Assert.Equal(["/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx"], fake.Begins.Select(r => r.Path));
        Assert.Equal(2, fake.Commits.Count());
        Assert.Equal(2, fake.Requests.Count(IsPut));
    }

    [Fact]
    public async Task ARefusedConnectionIsRetriedAndThenSucceeds()
    {
        var fake = new FakeNeo4jQueryApi();
        fake.When(_ => true, FakeNeo4jQueryApi.Refuse);
        await using var store = Neo4jTestStores.Over(fake);

        var sequence = await store.AppendAsync(Actor, [new PutNode(SampleNodes.Business(1))]);

        Assert.Equal(1, sequence);
        Assert.Single(fake.Commits);
    }

    [Fact]
    public async Task AServiceUnavailableAnswerIsRetried()
    {
        var fake = new FakeNeo4jQueryApi { Sequence = 5 };
        fake.When(_ => true, _ => FakeNeo4jQueryApi.Status(HttpStatusCode.ServiceUnavailable, "<html>upstream down</html>"), times: 2);
        await using var store = Neo4jTestStores.Over(fake);

        Assert.Equal(5, await store.CurrentSequenceAsync());
    }

    [Fact]
    public async Task ACommitWhoseAnswerIsLostIsNotSentAgainWhenTheBatchLanded()
    {
        var fake = new FakeNeo4jQueryApi { Sequence = 9 };
        string? batchId = null;
        fake.When(r => r.Path.EndsWith("/commit", StringComparison.Ordinal), r =>
        {
            batchId = (string?)r.Parameter("batchId");
            fake.Sequence = 10;
            return FakeNeo4jQueryApi.Drop(r);
        });
        fake.When(r => r.Statement?.Contains("RETURN b.batchId", StringComparison.Ordinal) == true, _ => FakeNeo4jQueryApi.Data(["batchId"], [[batchId]], "tx-2"));
        await using var store = Neo4jTestStores.Over(fake);

        fake.Versions["org-a"] = 1;
        fake.Versions["place-b"] = 1;

        var sequence = await store.AppendAsync(Actor, [new Link(new Relationship(RelationshipType.LOCATED_IN, "org-a", "place-b"))]);

        Assert.NotNull(batchId);
        Assert.Single(fake.Commits);
        Assert.Equal(10, sequence);
        Assert.Contains("SET log.sequence = log.sequence RETURN", fake.Begins.Last().Statement);
        Assert.Equal(10L, Assert.Single(fake.Statements("RETURN b.batchId")).Parameter("sequence"));
    }

    [Fact]
    public async Task ACommitWhoseAnswerIsLostAndThatDidNotLandIsRetriedFromTheStart()
    {
        var fake = new FakeNeo4jQueryApi();
        fake.Versions["org-a"] = 1;
        fake.Versions["place-b"] = 1;
        fake.When(r => r.Path.EndsWith("/commit", StringComparison.Ordinal), FakeNeo4jQueryApi.Drop);
        fake.When(r => r.Statement?.Contains("RETURN b.batchId", StringComparison.Ordinal) == true, _ => FakeNeo4jQueryApi.Data(["batchId"], [], "tx-2"));
        await using var store = Neo4jTestStores.Over(fake);

        var sequence = await store.AppendAsync(Actor, [new Link(new Relationship(RelationshipType.LOCATED_IN, "org-a", "place-b"))]);

        Assert.Equal(1, sequence);
        Assert.Equal(2, fake.Commits.Count());
        Assert.Contains(fake.Rollbacks, r => r.Path == "/db/neo4j/query/v2/tx/tx-1");
    }

    [Fact]
    public async Task WrongCredentialsAreReportedAsUnavailableWithoutRetrying()
    {
        var fake = new FakeNeo4jQueryApi();
        fake.When(_ => true, _ => FakeNeo4jQueryApi.Error("Neo.ClientError.Security.Unauthorized", "Invalid username or password.", HttpStatusCode.Unauthorized), times: 10);
        await using var store = Neo4jTestStores.Over(fake);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.CurrentSequenceAsync());

        Assert.Contains("refused the store's credentials", error.Message);
        Assert.Contains("Store:Neo4j:User and Password", error.Message);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task AnAddressThatIsNotTheQueryApiIsReportedAsUnavailable()
    {
        var fake = new FakeNeo4jQueryApi();
        fake.When(_ => true, _ => FakeNeo4jQueryApi.Status(HttpStatusCode.NotFound));
        await using var store = Neo4jTestStores.Over(fake);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.CurrentSequenceAsync());

        Assert.Contains("answered 404", error.Message);
        Assert.Contains("Neo4j 5.26 or later", error.Message);
    }

    [Fact]
    public async Task AGraphReadThatFailsAfterNodesWereHandedOnIsNotRetried()
    {
        var fake = new FakeNeo4jQueryApi();
        fake.When(r => r.Statement?.Contains("RETURN n.id AS id", StringComparison.Ordinal) == true, _ => FakeNeo4jQueryApi.Data(
            ["id", "body"], [[SampleNodes.Business(1).Id, GraphJson.Serialize<Node>(SampleNodes.Business(1))]], "tx-1"));
        fake.When(r => r.Statement?.Contains("RETURN n.id AS id", StringComparison.Ordinal) == true, FakeNeo4jQueryApi.Drop, times: 5);
        await using var store = Neo4jTestStores.Over(fake, o => o.ReadPageSize = 1);
        var sink = new RecordingSink();

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.ReadGraphAsync(sink));

        Assert.Contains("part-way through reading the graph", error.Message);
        Assert.Single(sink.Nodes);
        Assert.Single(fake.Begins);
    }

    [Fact]
    public async Task AnUnreachableServerIsReportedInOneSentenceAfterTheRetries()
    {
        // A real refused connection: a loopback port that was just free, and nothing listens on it now.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var store = new Neo4jGraphStore(Neo4jTestStores.Options(o => (o.Url, o.MaxRetries) = ($"http://127.0.0.1:{port}", 2)));

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.AppendAsync(Actor, [new PutNode(SampleNodes.Business(1))]));
        var health = await store.CheckHealthAsync();

        Assert.Equal(
            $"Neo4j at http://127.0.0.1:{port} (database neo4j) failed while appending a batch (connection refused; 3 attempts); " +
            "check that Neo4j is running and reachable at Store:Neo4j:Url.",
            error.Message);
        Assert.False(health.IsHealthy);
        Assert.Contains("connection refused; 1 attempt)", health.Description);
    }
}
