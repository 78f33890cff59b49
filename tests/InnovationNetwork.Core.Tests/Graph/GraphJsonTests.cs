using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
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
}
