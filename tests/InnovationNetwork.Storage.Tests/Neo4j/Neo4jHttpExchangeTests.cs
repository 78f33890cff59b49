using System.Text;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Storage.Tests.Contract;

namespace InnovationNetwork.Storage.Tests.Neo4j;

/// <summary>
/// The Neo4j store's HTTP exchange, against a LOCAL FAKE of the Query API (<see cref="FakeNeo4jQueryApi"/>):
/// what it sends (paths, headers, statements and their parameters), how it reads typed answers, and how it
/// maps errors, retries and rolls back. These do not replace the store contract suite, which only a real
/// Neo4j can run (Neo4jGraphStoreContractTests, with NEO4J_URL set).
/// </summary>
public sealed class Neo4jHttpExchangeTests
{
    private const string Actor = "user:exchange-test";

    [Fact]
    public async Task AnAppendIsOneExplicitTransactionOpenedByLockingTheCounterAndCommittedWithItsLogEntry()
    {
        var fake = new FakeNeo4jQueryApi { Sequence = 41 };
        await using var store = Neo4jTestStores.Over(fake);

        var sequence = await store.AppendAsync(Actor, [new PutNode(SampleNodes.Organisation())]);

        Assert.Equal(42, sequence);
        var transactional = fake.Requests.Where(r => r.Path.Contains("/tx", StringComparison.Ordinal)).ToList();
        Assert.Equal("/db/neo4j/query/v2/tx", transactional[0].Path);
        Assert.Contains("SET log.sequence = log.sequence + 1", transactional[0].Statement);
        Assert.All(transactional.Skip(1), r => Assert.StartsWith("/db/neo4j/query/v2/tx/tx-1", r.Path));
        Assert.All(transactional.Skip(1), r => Assert.Equal(fake.Affinity, r.Headers["neo4j-cluster-affinity"]));
        var commit = Assert.Single(fake.Commits);
        Assert.Equal("/db/neo4j/query/v2/tx/tx-1/commit", commit.Path);
        Assert.Contains("CREATE (:ChangeBatch", commit.Statement);
        Assert.Equal(42L, commit.Parameter("sequence"));
        Assert.Equal(Actor, commit.Parameter("actor"));
        Assert.Equal(GraphJson.Serialize<IReadOnlyList<Change>>([new PutNode(SampleNodes.Organisation())]), commit.Parameter("changes"));
        Assert.Empty(fake.Rollbacks);
    }

    [Fact]
    public async Task EveryValueTravelsAsAParameterAndNoneIsWrittenIntoTheCypher()
    {
        var fake = new FakeNeo4jQueryApi();
        await using var store = Neo4jTestStores.Over(fake);
        var organisation = SampleNodes.Organisation() with { Name = "O'Brien \"Robotics\" }) DETACH DELETE n //" };
        var place = SampleNodes.Place();
        var link = new Relationship(RelationshipType.PARTICIPATES_IN, organisation.Id, SampleNodes.Project().Id) { Role = "coordinator'); MATCH (x) DELETE x" };

        await store.AppendAsync(Actor, [new PutNode(organisation), new PutNode(place), new PutNode(SampleNodes.Project()), new Link(link), new Unlink(link.Key), new RemoveNode(place.Id)]);

        var values = new[] { organisation.Name, organisation.Id, place.Id, place.Name, link.Role!, "E06000047", Actor };
        Assert.All(fake.Requests.Where(r => r.Statement is not null), r =>
        {
            Assert.All(values, value => Assert.DoesNotContain(value, r.Statement!));
            Assert.Equal(["parameters", "statement"], System.Text.Json.JsonDocument.Parse(r.Body).RootElement.EnumerateObject().Select(p => p.Name).Order());
        });
        var put = Assert.Single(fake.Statements("SET n:Organisation:University"));
        var row = Assert.IsType<Dictionary<string, object?>>(Assert.Single((List<object?>)put.Parameter("rows")!));
        var properties = Assert.IsType<Dictionary<string, object?>>(row["properties"]);
        Assert.Equal(organisation.Id, row["id"]);
        Assert.Equal(organisation.Name, properties["name"]);
        Assert.Equal(1L, properties["version"]);
        Assert.Equal(GraphJson.Serialize<Node>(organisation), properties["body"]);
        Assert.Contains(fake.Statements("MERGE (a)-[r:PARTICIPATES_IN]->(b)"), r => r.Parameter("rows") is List<object?> { Count: 1 });
        Assert.Single(fake.Statements("[r:PARTICIPATES_IN]->(:Entity {id: row.toId}) DELETE r"));
        Assert.Equal(new List<object?> { place.Id }, Assert.Single(fake.Statements("DETACH DELETE n")).Parameter("ids"));
    }

    [Fact]
    public async Task RequestsAndAnswersAreTypedJson()
    {
        var fake = new FakeNeo4jQueryApi();
        await using var store = Neo4jTestStores.Over(fake);

        await store.CurrentSequenceAsync();

        Assert.All(fake.Requests, r =>
        {
            Assert.Equal("application/vnd.neo4j.query", r.Headers["Accept"]);
            Assert.Equal("application/vnd.neo4j.query", r.Headers["Content-Type"]);
        });
        Assert.Contains("\"$type\":\"String\",\"_value\":\"main\"", Assert.Single(fake.Statements("RETURN log.sequence AS sequence"), r => !r.Statement!.Contains("MERGE")).Body);
    }

    [Fact]
    public async Task BasicAuthenticationSendsTheUserAndPasswordBase64Encoded()
    {
        var fake = new FakeNeo4jQueryApi();
        await using var store = Neo4jTestStores.Over(fake, o => (o.User, o.Password) = ("neo4j", "verysecret"));

        await store.CurrentSequenceAsync();

        Assert.All(fake.Requests, r => Assert.Equal("Basic bmVvNGo6dmVyeXNlY3JldA==", r.Headers["Authorization"]));
    }

    [Fact]
    public async Task BearerAuthenticationSendsTheTokenBase64EncodedAsTheQueryApiGuideSays()
    {
        var fake = new FakeNeo4jQueryApi();
        await using var store = Neo4jTestStores.Over(fake, o => (o.User, o.Password, o.BearerToken) = (null, null, "xbhkjnlvianztghqwawxqfe"));

        await store.CurrentSequenceAsync();

        var expected = "Bearer " + Convert.ToBase64String(Encoding.UTF8.GetBytes("xbhkjnlvianztghqwawxqfe"));
        Assert.All(fake.Requests, r => Assert.Equal(expected, r.Headers["Authorization"]));
    }

    [Fact]
    public async Task AServerWithAuthenticationDisabledGetsNoAuthorizationHeader()
    {
        var fake = new FakeNeo4jQueryApi();
        await using var store = Neo4jTestStores.Over(fake, o => (o.User, o.Password) = (null, null));

        await store.CurrentSequenceAsync();

        Assert.All(fake.Requests, r => Assert.False(r.Headers.ContainsKey("Authorization")));
    }

    [Fact]
    public async Task TheDatabaseNameAndABasePathShapeTheEndpoint()
    {
        var fake = new FakeNeo4jQueryApi();
        await using var store = Neo4jTestStores.Over(fake, o => (o.Url, o.Database) = ("https://graph.example.org/neo4j/", "innovation-ne"));

        await store.CurrentSequenceAsync();

        Assert.All(fake.Requests, r => Assert.Equal("/neo4j/db/innovation-ne/query/v2", r.Path));
    }

    [Fact]
    public async Task TheConstraintsAndTheCounterAreMadeSureOfOnceBeforeTheFirstOperation()
    {
        var fake = new FakeNeo4jQueryApi();
        await using var store = Neo4jTestStores.Over(fake);

        await store.CurrentSequenceAsync();
        await store.CurrentSequenceAsync();

        var statements = fake.Requests.Select(r => r.Statement!).ToList();
        Assert.Equal(6, statements.Count);
        Assert.All(statements.Take(3), s => Assert.Matches("^CREATE CONSTRAINT innovation_[a-z_]+ IF NOT EXISTS FOR ", s));
        Assert.Contains("FOR (n:Entity) REQUIRE n.id IS UNIQUE", statements[0]);
        Assert.Contains("MERGE (log:ChangeLog {id: $logId})", statements[3]);
    }

    [Fact]
    public async Task TypedValuesInTheChangeLogAreReadExactly()
    {
        var fake = new FakeNeo4jQueryApi();
        var changes = GraphJson.Serialize<IReadOnlyList<Change>>([new RemoveNode("org-x")]);
        fake.When(r => r.Statement?.Contains("MATCH (b:ChangeBatch) WHERE b.sequence > $afterSequence") == true, _ => FakeNeo4jQueryApi.Data(
            ["sequence", "at", "actor", "changes"],
            [[9_007_199_254_740_993L, new TypedValue("OffsetDateTime", "2024-03-14T09:26:53.123456789Z[Europe/London]"), SampleText.Emoji, changes]]));
        await using var store = Neo4jTestStores.Over(fake);

        var batch = Assert.Single(await store.ReadChangesAsync(9_007_199_254_740_992L, 10));

        Assert.Equal(9_007_199_254_740_993L, batch.Sequence);
        Assert.Equal(new DateTimeOffset(2024, 3, 14, 9, 26, 53, TimeSpan.Zero).AddTicks(1_234_567), batch.At);
        Assert.Equal(SampleText.Emoji, batch.Actor);
        Assert.Equal("org-x", Assert.IsType<RemoveNode>(Assert.Single(batch.Changes)).Id);
        var read = Assert.Single(fake.Statements("WHERE b.sequence > $afterSequence"));
        Assert.Equal(9_007_199_254_740_992L, read.Parameter("afterSequence"));
        Assert.Equal(10L, read.Parameter("maxBatches"));
    }

    [Fact]
    public async Task ReadingTheGraphLocksTheLogPagesNodesThenRelationshipsAndRollsBack()
    {
        var fake = new FakeNeo4jQueryApi { Sequence = 7 };
        var nodes = new Node[] { SampleNodes.Business(1), SampleNodes.Business(2), SampleNodes.Place() };
        var locatedIn = new Relationship(RelationshipType.LOCATED_IN, nodes[0].Id, nodes[2].Id);
        fake.When(r => r.Parameter("afterId") is "" && r.Statement!.Contains("RETURN n.id AS id"), _ => Page(nodes[..2]))
            .When(r => r.Parameter("afterId") is "org-business-000002" && r.Statement!.Contains("RETURN n.id AS id"), _ => Page(nodes[2..]))
            .When(r => r.Parameter("afterId") is "" && r.Statement!.Contains("collect(r.body)"), _ => FakeNeo4jQueryApi.Data(
                ["source", "bodies"], [[nodes[0].Id, new List<object?> { GraphJson.Serialize(locatedIn) }], [nodes[1].Id, new List<object?>()]], "tx-1"))
            .When(r => r.Parameter("afterId") is "org-business-000002" && r.Statement!.Contains("collect(r.body)"), _ => FakeNeo4jQueryApi.Data(
                ["source", "bodies"], [[nodes[2].Id, new List<object?>()]], "tx-1"));
        await using var store = Neo4jTestStores.Over(fake, o => o.ReadPageSize = 2);

        var sink = new RecordingSink();
        var sequence = await store.ReadGraphAsync(sink);

        Assert.Equal(7, sequence);
        Assert.Equal(GraphContents.NodesToJson(nodes), GraphContents.NodesToJson(sink.Nodes));
        Assert.Equal(locatedIn, Assert.Single(sink.Relationships));
        Assert.False(sink.RelationshipBeforeNode);
        Assert.Contains("SET log.sequence = log.sequence RETURN", Assert.Single(fake.Begins).Statement);
        Assert.Equal(4, fake.Requests.Count(r => r.Path == "/db/neo4j/query/v2/tx/tx-1" && r.Method == HttpMethod.Post));
        Assert.Equal("/db/neo4j/query/v2/tx/tx-1", Assert.Single(fake.Rollbacks).Path);
        Assert.Empty(fake.Commits);

        static HttpResponseMessage Page(IEnumerable<Node> page) => FakeNeo4jQueryApi.Data(
            ["id", "body"], [.. page.Select(n => new object?[] { n.Id, GraphJson.Serialize(n) })], "tx-1");
    }
}
