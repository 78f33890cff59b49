using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.People;
using InnovationNetwork.Core.Projects;

namespace InnovationNetwork.Core.Tests.Graph;

public sealed class GraphJsonTests
{
    [Fact]
    public void ANodeRoundTripsWithItsLabelAsTheDiscriminatorAndNoComputedProperties()
    {
        Node node = new Organisation { Id = "org-a", Name = "Ä \"quoted\" 🚀", Kind = OrganisationKind.UNIVERSITY, Identifiers = [new(IdentifierScheme.PIC, "999985417")] };

        var json = GraphJson.Serialize(node);
        var back = Assert.IsType<Organisation>(GraphJson.Deserialize<Node>(json));

        Assert.Contains("\"label\":\"Organisation\"", json);
        Assert.DoesNotContain("displayName", json);
        Assert.Equal(json, GraphJson.Serialize<Node>(back));
    }

    [Fact]
    public void ChangesRoundTripWithDatesAndMoney()
    {
        IReadOnlyList<Change> changes =
        [
            new PutNode(new Project { Id = "project-1", Title = "P", StartDate = new(2016, 2, 29), Funding = new(1234567.89m, "EUR") }),
            new Link(new Relationship(RelationshipType.PARTICIPATES_IN, "org-a", "project-1") { Role = "coordinator", Amount = new(10.5m, "EUR") }),
            new Unlink(new RelationshipKey(RelationshipType.APPLIES_TO, "project-1", "spec-x")),
            new RemoveNode("org-b"),
        ];

        var json = GraphJson.Serialize(changes);
        Assert.Equal(json, GraphJson.Serialize(GraphJson.Deserialize<IReadOnlyList<Change>>(json)));
    }

    [Fact]
    public void ValuesThatRepeatAcrossNodesAreReadOnceAndShared()
    {
        Person Read(string id) => (Person)GraphJson.Deserialize<Node>(GraphJson.Serialize<Node>(new Person
        {
            Id = id, Name = $"Person {id}", JobTitle = "Project Manager", Keywords = ["subsea", "robotics"],
            Sources = [new("generate:1", DateTimeOffset.UnixEpoch)],
        }));
        Relationship Link(string from) => GraphJson.Deserialize<Relationship>(GraphJson.Serialize(
            new Relationship(RelationshipType.PARTICIPATES_IN, from, "project-1") { Role = "participant", Amount = new(1m, "EUR") }));

        var (a, b) = (Read("person-a"), Read("person-b"));
        var (x, y) = (Link("org-x"), Link("org-y"));

        Assert.Same(a.Keywords[0], b.Keywords[0]);
        Assert.Same(a.JobTitle, b.JobTitle);
        Assert.Same(a.Sources, b.Sources);
        Assert.Same(a.Identifiers, b.Identifiers);
        Assert.Empty(a.Identifiers);
        Assert.NotSame(a.Name, b.Name);
        Assert.Same(x.Role, y.Role);
        Assert.Same(x.Amount!.Currency, y.Amount!.Currency);
        Assert.Equal(["subsea", "robotics"], b.Keywords);
        Assert.Equal(new Source("generate:1", DateTimeOffset.UnixEpoch), Assert.Single(b.Sources));
    }
}
