using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Seed;

namespace InnovationNetwork.Core.Tests.Seed;

public class SeedLoaderTests
{
    [Fact]
    public void TheSeedLoadsWithoutValidationErrors()
    {
        var errors = ChangeValidator.Validate(new InnovationGraph(), RepositorySeed.Changes);

        Assert.Empty(errors.Select(e => $"change {e.ChangeIndex} ({Describe(RepositorySeed.Changes[e.ChangeIndex])}): {e.Code} {e.Field}: {e.Message}"));
    }

    [Fact]
    public void EveryNodeComesFirstAtVersionOneWithTheSeedAsItsSource()
    {
        var firstLink = RepositorySeed.Changes.ToList().FindIndex(c => c is Link);

        Assert.True(firstLink > 0);
        Assert.All(RepositorySeed.Changes.Take(firstLink), c => Assert.IsType<PutNode>(c));
        Assert.All(RepositorySeed.Changes.Skip(firstLink), c => Assert.IsType<Link>(c));
        Assert.All(RepositorySeed.Nodes, n =>
        {
            Assert.Equal(1, n.Version);
            Assert.Equal([new Source("seed", RepositorySeed.At)], n.Sources);
        });
    }

    [Fact]
    public void NodeIdsAreUniqueAndCarryTheirLabelsPrefix()
    {
        var ids = RepositorySeed.Nodes.Select(n => n.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(RepositorySeed.Nodes, n => Assert.Equal(n.Label, NodeLabels.FromId(n.Id)));
    }

    [Fact]
    public void EveryLinkJoinsTwoSeedNodesThatItsTypeMayJoin()
    {
        var byId = RepositorySeed.Nodes.ToDictionary(n => n.Id);

        Assert.All(RepositorySeed.Relationships, r =>
        {
            Assert.True(byId.ContainsKey(r.From), $"{r.Type} starts at unknown '{r.From}'");
            Assert.True(byId.ContainsKey(r.To), $"{r.Type} ends at unknown '{r.To}'");
            Assert.True(RelationshipRules.Allows(r.Type, byId[r.From].Label, byId[r.To].Label), $"{r.Type} {r.From} -> {r.To}");
        });
    }

    [Fact]
    public void NoRelationshipIsDeclaredTwice()
    {
        var keys = RepositorySeed.Relationships.Select(r => r.Key).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void EveryNodeHasAtMostOnePlaceAndOneParent()
    {
        var repeated = RepositorySeed.Relationships
            .Where(r => r.Type is RelationshipType.LOCATED_IN or RelationshipType.SUBSPECIALISM_OF)
            .GroupBy(r => (r.From, r.Type))
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);

        Assert.Empty(repeated);
    }

    [Fact]
    public void TheLepsRoboticsTestSiteIsAThreeMillionPoundProjectInNorthumberland()
    {
        var project = Assert.Single(RepositorySeed.All<Projects.Project>(), p => p.Id == "project-offshore-robotics-test-site-northumberland");

        Assert.Equal(new Money(3_000_000m, "GBP"), project.Funding);
        Assert.Contains(RepositorySeed.Relationships, r =>
            r is { Type: RelationshipType.LOCATED_IN, To: "place-E06000057" } && r.From == project.Id);
        Assert.Contains(RepositorySeed.Relationships, r =>
            r is { Type: RelationshipType.APPLIES_TO, To: "spec-offshore-robotics" } && r.From == project.Id);
    }

    [Fact]
    public void TheEnergyInnovationChallengeIsPostedByTheNorthEastLep()
    {
        Assert.Contains(RepositorySeed.Relationships, r =>
            r is { Type: RelationshipType.POSTED, From: "org-north-east-lep", To: "challenge-energy-innovation-challenge" });
    }

    [Fact]
    public void TheFiveUniversitiesOfTheRegionAreSeeded()
    {
        var universities = RepositorySeed.All<InnovationNetwork.Core.Organisations.Organisation>()
            .Where(o => o.Kind == InnovationNetwork.Core.Organisations.OrganisationKind.UNIVERSITY)
            .Select(o => o.Id);

        Assert.Equal(
            ["org-durham-university", "org-newcastle-university", "org-northumbria-university", "org-teesside-university", "org-university-of-sunderland"],
            universities.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FindingTheSeedDirectoryFromInsideTheRepositoryFindsTheRepositorysSeed()
    {
        var nested = Path.Combine(RepositorySeed.Directory, "..", "tests", "InnovationNetwork.Core.Tests", "Seed");

        var found = SeedLoader.FindSeedDirectory([nested]);

        Assert.Equal(Path.GetFullPath(RepositorySeed.Directory), Path.GetFullPath(found));
    }

    private static string Describe(Change change) => change switch
    {
        PutNode put => put.Node.Id,
        Link link => $"{link.Relationship.Type} {link.Relationship.From} -> {link.Relationship.To}",
        _ => change.GetType().Name,
    };
}
