using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Projects;

namespace InnovationNetwork.Core.Tests.Organisations;

public sealed class CollaborationTests
{
    [Fact]
    public void CollaboratorsAreDerivedFromSharedProjectsStrongestFirst()
    {
        var graph = GraphBuilder.NorthEast()
            .Organisation("org-a", "A").Organisation("org-b", "B").Organisation("org-c", "C").Organisation("org-d", "D")
            .Project("project-1", "One", null, "org-a", "org-b", "org-c")
            .Project("project-2", "Two", null, "org-a", "org-c")
            .Project("project-3", "Three", null, "org-b", "org-d")
            .Build();

        var collaborators = Collaborations.Of(graph, Viewer.Anonymous, "org-a");

        Assert.Equal(["org-c", "org-b"], collaborators.Select(c => c.Partner.Id));
        Assert.Equal(2, collaborators[0].SharedProjectCount);
        Assert.Equal(2, Collaborations.Count(graph, "org-a"));
        Assert.Equal(3, Collaborations.Count(graph, "org-b"));
    }

    [Fact]
    public void PrivateCollaboratorsAreHiddenFromOthers()
    {
        var graph = GraphBuilder.NorthEast().Organisation("org-a", "A").Build();
        graph.Apply(new(2, DateTimeOffset.UnixEpoch, "t", [
            new PutNode(new Organisation { Id = "org-secret", Name = "Secret", IsPrivate = true }),
            new PutNode(new Project { Id = "project-1", Title = "P" }),
            new Link(new(RelationshipType.PARTICIPATES_IN, "org-a", "project-1")),
            new Link(new(RelationshipType.PARTICIPATES_IN, "org-secret", "project-1"))]));

        Assert.Empty(Collaborations.Of(graph, Viewer.Anonymous, "org-a"));
        Assert.Single(Collaborations.Of(graph, new Viewer(ViewerRole.Member, "org-secret"), "org-a"));
        Assert.Single(Collaborations.Of(graph, new Viewer(ViewerRole.Staff), "org-a"));
    }
}
