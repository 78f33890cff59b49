using InnovationNetwork.Storage.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Storage.Tests.Neo4j;

/// <summary>The Neo4j store's settings: checked once where the store is built, one sentence per problem.</summary>
public sealed class Neo4jStoreOptionsTests
{
    [Fact]
    public void ALocalServerWithUserAndPasswordIsAccepted()
    {
        Assert.Empty(new Neo4jStoreOptions { Url = "http://localhost:7474", User = "neo4j", Password = "secret-secret" }.Validate());
        Assert.Empty(new Neo4jStoreOptions { Url = "https://abc123.databases.neo4j.io", BearerToken = "token" }.Validate());
    }

    [Theory]
    [InlineData("", "Store:Neo4j:Url is ''")]
    [InlineData("bolt://localhost:7687", "Store:Neo4j:Url is 'bolt://localhost:7687'")]
    [InlineData("http://neo4j:secret@localhost:7474", "must not carry a query, a fragment or credentials")]
    public void AnUrlThatIsNotNeo4jsHttpAddressIsRefused(string url, string expected)
    {
        var problem = Assert.Single(new Neo4jStoreOptions { Url = url }.Validate());

        Assert.Contains(expected, problem);
    }

    [Fact]
    public void EveryBadSettingIsNamedInASentenceOfItsOwn()
    {
        var options = new Neo4jStoreOptions
        {
            Url = "http://localhost:7474",
            Database = "a b",
            User = "neo4j",
            BearerToken = "token",
            RequestTimeout = TimeSpan.Zero,
            MaxRetries = -1,
            RetryDelay = TimeSpan.FromSeconds(-1),
            ReadPageSize = 0,
        };

        var problems = options.Validate();

        string[] expected =
        [
            "Store:Neo4j:Database is 'a b'", "Store:Neo4j:User and Store:Neo4j:Password go together", "both a user and a bearer token",
            "Store:Neo4j:RequestTimeout is 00:00:00", "Store:Neo4j:MaxRetries is -1", "Store:Neo4j:RetryDelay is -00:00:01", "Store:Neo4j:ReadPageSize is 0",
        ];
        Assert.Equal(expected.Length, problems.Count);
        Assert.All(expected.Zip(problems), pair => Assert.Contains(pair.First, pair.Second));
        Assert.All(problems, p => Assert.EndsWith(".", p));
    }

    [Fact]
    public void TheStoreRefusesBadOptionsWhenItIsBuilt()
    {
        var error = Assert.Throws<ArgumentException>(() => new Neo4jGraphStore(new Neo4jStoreOptions { Url = "localhost" }));

        Assert.Contains("Store:Neo4j:Url is 'localhost'", error.Message);
    }

    [Fact]
    public async Task AddNeo4jGraphStoreBindsTheSectionAndBuildsTheStoreOnlyWhenAskedFor()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Neo4j:Url"] = "https://graph.example.org:7473",
            ["Store:Neo4j:Database"] = "innovation",
            ["Store:Neo4j:User"] = "neo4j",
            ["Store:Neo4j:Password"] = "secret-secret",
            ["Store:Neo4j:MaxRetries"] = "7",
            ["Store:Neo4j:RequestTimeout"] = "00:00:05",
        }).Build();
        await using var services = new ServiceCollection().AddNeo4jGraphStore(configuration.GetSection("Store:Neo4j")).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value;
        await using var store = services.GetRequiredService<Neo4jGraphStore>();

        Assert.Equal(("https://graph.example.org:7473", "innovation", 7, TimeSpan.FromSeconds(5)), (options.Url, options.Database, options.MaxRetries, options.RequestTimeout));
        Assert.Equal("Neo4j at https://graph.example.org:7473 (database innovation)", store.Server);
    }

    [Fact]
    public async Task AnUnsetSectionFailsOnlyWhenTheStoreIsAskedForWithTheSentence()
    {
        var configuration = new ConfigurationBuilder().Build();
        await using var services = new ServiceCollection().AddNeo4jGraphStore(configuration.GetSection("Store:Neo4j")).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<Neo4jGraphStore>());

        Assert.Contains("Store:Neo4j:Url is ''", error.Message);
    }
}
