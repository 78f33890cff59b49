using InnovationNetwork.Core.Ports;
using InnovationNetwork.Storage.Neo4j;
using InnovationNetwork.Storage.Neo4j.Cypher;
using InnovationNetwork.Storage.Neo4j.Http;
using InnovationNetwork.Storage.Tests.Contract;

namespace InnovationNetwork.Storage.Tests.Neo4j;

/// <summary>
/// The store contract (<see cref="GraphStoreContract"/>, unchanged) against a REAL Neo4j, named by NEO4J_URL.
/// Without it, each contract test is reported SKIPPED with the reason (see <see cref="Neo4jContractTestsAttribute"/>).
/// Every store name a test opens is one database, emptied the first time the test asks for that name: the
/// suite refuses a database holding anything it did not create.
/// </summary>
public sealed class Neo4jGraphStoreContractTests
{
    [Theory]
    [Neo4jContractTests]
    public async Task Contract(string test)
    {
        var method = Neo4jContractTestsAttribute.ContractTests.Single(m => m.Name == test);
        var contract = new Neo4jContract();
        await (Task)method.Invoke(contract, null)!;
    }

    [Fact]
    public void EveryContractTestIsAParameterlessAsyncTestThatTheTheoryCanRun()
    {
        Assert.True(Neo4jContractTestsAttribute.ContractTests.Count >= 30, "The contract's tests were not found.");
        Assert.All(Neo4jContractTestsAttribute.ContractTests, m =>
        {
            Assert.Empty(m.GetParameters());
            Assert.Equal(typeof(Task), m.ReturnType);
        });
    }

    /// <summary>The contract's subclass for Neo4j; private, so xunit does not discover its inherited [Fact]s (the theory runs them).</summary>
    private sealed class Neo4jContract : GraphStoreContract
    {
        private const string Marker = "InnovationNetworkContractTestDatabase";
        private readonly HashSet<string> _opened = new(StringComparer.Ordinal);

        protected override async Task<IGraphStore> OpenStoreAsync(string storeName)
        {
            var options = Neo4jTestServer.Options();
            if (_opened.Add(storeName))
            {
                try
                {
                    await EmptyAsync(options);
                }
                catch (Neo4jTransientException e)
                {
                    throw new InvalidOperationException($"NEO4J_URL is set to {options.Url}, but that Neo4j cannot be used to run the contract: {e.Message}.", e);
                }
            }

            return new Neo4jGraphStore(options);
        }

        private static async Task EmptyAsync(Neo4jStoreOptions options)
        {
            using var client = new Neo4jQueryClient(options);
            using (var others = await client.RunAsync(new Neo4jStatement("count nodes", $"MATCH (n) WHERE NOT n:{Marker} RETURN count(n) AS others"), default))
            using (var markers = await client.RunAsync(new Neo4jStatement("count markers", $"MATCH (m:{Marker}) RETURN count(m) AS markers"), default))
            {
                if (others.Integer(0, "others") > 0 && markers.Integer(0, "markers") == 0)
                {
                    throw new InvalidOperationException(
                        $"{client.Server} holds data the contract suite did not write; it empties the database it runs against, " +
                        "so point NEO4J_URL (or NEO4J_DATABASE) at an empty database of its own.");
                }
            }

            using (await client.RunAsync(new Neo4jStatement("mark the database", $"MERGE (:{Marker} {{id: 'marker'}})"), default))
            {
            }

            while (true)
            {
                using var deleted = await client.RunAsync(new Neo4jStatement(
                    "empty the database",
                    $"MATCH (n) WHERE NOT n:{Marker} WITH n LIMIT 10000 DETACH DELETE n RETURN count(n) AS deleted"), default);
                if (deleted.Integer(0, "deleted") == 0)
                {
                    break;
                }
            }
        }
    }
}
