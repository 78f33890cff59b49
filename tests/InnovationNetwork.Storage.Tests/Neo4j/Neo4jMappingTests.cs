using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Storage.Neo4j;
using InnovationNetwork.Storage.Neo4j.Mapping;
using InnovationNetwork.Storage.Tests.Contract;

namespace InnovationNetwork.Storage.Tests.Neo4j;

/// <summary>How nodes and relationships become Neo4j labels, types and properties, and batches become statements.</summary>
public sealed class Neo4jMappingTests
{
    [Theory]
    [InlineData(OrganisationKind.UNIVERSITY, "Organisation:University")]
    [InlineData(OrganisationKind.BUSINESS, "Organisation:Business")]
    [InlineData(OrganisationKind.RESEARCH_ORGANISATION, "Organisation:ResearchOrganisation")]
    [InlineData(OrganisationKind.PUBLIC_BODY, "Organisation:PublicBody")]
    [InlineData(OrganisationKind.FUNDER, "Organisation:Funder")]
    [InlineData(OrganisationKind.OTHER, "Organisation")]
    public void AnOrganisationIsLabelledWithItsKind(OrganisationKind kind, string labels)
    {
        Assert.Equal(labels, string.Join(':', Neo4jLabels.Of(SampleNodes.Organisation() with { Kind = kind })));
    }

    [Fact]
    public void EveryOtherNodeIsLabelledWithItsOwnLabel()
    {
        Assert.Equal(
            ["Organisation:University", "Person", "Specialism", "Capability", "Challenge", "Project", "Place"],
            SampleNodes.OneOfEachKind().Select(n => string.Join(':', Neo4jLabels.Of(n))));
    }

    [Fact]
    public void ANodesFieldsAreFlattenedBesideItsWholeGraphJson()
    {
        var organisation = SampleNodes.Organisation();

        var properties = Neo4jProperties.Of(organisation);

        Assert.Equal(organisation.Id, properties["id"]);
        Assert.Equal(1L, properties["version"]);
        Assert.Equal("UNIVERSITY", properties["kind"]);
        Assert.Equal(true, properties["isPrivate"]);
        Assert.Equal(new List<string> { "subsea", "robotics", "énergie", "ynni" }, properties["keywords"]);
        Assert.Equal(4300L, properties["employmentEmployees"]);
        Assert.Equal(3100L, properties["employmentBetterJobs"]);
        Assert.Equal("HESA staff record", properties["employmentSource"]);
        Assert.StartsWith("[{\"scheme\":\"UKPRN\"", (string)properties["identifiers"]!);
        Assert.StartsWith("[{\"name\":\"seed\"", (string)properties["sources"]!);
        Assert.Equal(GraphJson.Serialize<Node>(organisation), properties["body"]);
        Assert.False(properties.ContainsKey("label"));
        Assert.Equal(GraphJson.Serialize<Node>(organisation), GraphJson.Serialize(GraphJson.Deserialize<Node>((string)properties["body"]!)));
    }

    [Fact]
    public void NullsAndEmptyListsAreLeftOut()
    {
        var properties = Neo4jProperties.Of(new Organisation { Id = "org-sparse", Name = "S" });

        Assert.Equal(["body", "id", "isPrivate", "kind", "name", "version"], properties.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ARelationshipKeepsItsPropertiesButNotItsTypeOrEnds()
    {
        var relationship = SampleRelationships.OneOfEachType().Single(r => r.Type == RelationshipType.PARTICIPATES_IN);

        var properties = Neo4jProperties.Of(relationship);

        Assert.Equal(["amountAmount", "amountCurrency", "body", "role"], properties.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("EUR", properties["amountCurrency"]);
        Assert.Equal(GraphJson.Serialize(relationship), GraphJson.Serialize(GraphJson.Deserialize<Relationship>((string)properties["body"]!)));
    }

    [Fact]
    public void ALongRunOfLikeChangesIsSplitIntoStatementsOfAThousandRows()
    {
        var changes = Enumerable.Range(1, 2_500).Select(i => (Change)new PutNode(SampleNodes.Business(i))).ToList();

        var plan = Neo4jBatchPlan.For(changes);

        Assert.Equal([1000, 1000, 500], plan.Statements.Select(s => ((IReadOnlyList<IReadOnlyDictionary<string, object?>>)s.Parameters["rows"]!).Count));
    }

    [Fact]
    public void LikeChangesShareOneStatementAndARepeatedIdStartsTheNext()
    {
        var place = SampleNodes.Place();
        var businesses = Enumerable.Range(1, 3).Select(i => SampleNodes.Business(i)).ToList();
        List<Change> changes =
        [
            new PutNode(place),
            .. businesses.Select(b => new PutNode(b)),
            new PutNode(businesses[0] with { Version = 2 }),
            .. businesses.Select(b => new Link(new Relationship(RelationshipType.LOCATED_IN, b.Id, place.Id))),
            new RemoveNode(place.Id),
        ];

        var plan = Neo4jBatchPlan.For(changes);

        Assert.Equal(
            ["put Place nodes", "put Organisation:Business nodes", "put Organisation:Business nodes", "link LOCATED_IN", "remove nodes"],
            plan.Statements.Select(s => s.Name));
        Assert.Equal([3, 1, 3], plan.Statements.Skip(1).Take(3).Select(s => ((IReadOnlyList<IReadOnlyDictionary<string, object?>>)s.Parameters["rows"]!).Count));
        Assert.Equal([.. businesses.Select(b => b.Id), place.Id], plan.IdsToCheck.Order(StringComparer.Ordinal));
    }
}
