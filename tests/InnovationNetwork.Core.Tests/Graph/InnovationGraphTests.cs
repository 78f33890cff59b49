using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Ports;

namespace InnovationNetwork.Core.Tests.Graph;

public sealed class InnovationGraphTests
{
    private static ChangeBatch Batch(long sequence, params Change[] changes) => new(sequence, DateTimeOffset.UnixEpoch, "test", changes);

    private static Organisation Org(string id, string name, int version = 1, params ExternalIdentifier[] identifiers) =>
        new() { Id = id, Name = name, Version = version, Identifiers = identifiers };

    [Fact]
    public void ApplyingABatchIndexesNodesByIdLabelAndIdentifier()
    {
        var graph = new InnovationGraph();
        graph.Apply(Batch(1, new PutNode(Org("org-a", "A", 1, new ExternalIdentifier(IdentifierScheme.PIC, "999985417")))));

        Assert.Equal("A", graph.Find<Organisation>("org-a")!.Name);
        Assert.Equal(1, graph.Count(NodeLabel.Organisation));
        Assert.Equal("org-a", graph.FindByIdentifier(IdentifierScheme.PIC, " 999985417 ")!.Id);
        Assert.Equal(1, graph.Sequence);
    }

    [Fact]
    public void ARelationshipKeepsItsNodesOwnIdStringsNotTheCopiesItArrivedWith()
    {
        var graph = new InnovationGraph();
        graph.Apply(Batch(1, new PutNode(Org("org-a", "A")), new PutNode(Org("org-b", "B"))));
        graph.Apply(Batch(2, new Link(new Relationship(RelationshipType.PARTICIPATES_IN, new string("org-a".AsSpan()), new string("org-b".AsSpan())))));

        var link = Assert.Single(graph.Outgoing("org-a"));
        Assert.Same(graph.Find("org-a")!.Id, link.From);
        Assert.Same(graph.Find("org-b")!.Id, link.To);
        Assert.Same(link, Assert.Single(graph.Incoming("org-b")));
    }

    [Fact]
    public void RelationshipsAreIndexedInBothDirectionsAndByType()
    {
        var graph = GraphBuilder.NorthEast().Organisation("org-a", "A", place: "place-newcastle", specialisms: "spec-energy").Build();

        Assert.Single(graph.Outgoing("org-a", RelationshipType.LOCATED_IN));
        Assert.Single(graph.Outgoing("org-a", RelationshipType.SPECIALISES_IN));
        Assert.Equal(2, graph.Outgoing("org-a").Count);
        Assert.Contains(graph.Incoming("spec-energy", RelationshipType.SPECIALISES_IN), r => r.From == "org-a");
    }

    [Fact]
    public void LinkingAgainReplacesTheRelationshipsProperties()
    {
        var graph = GraphBuilder.NorthEast().Organisation("org-a", "A").Build();
        var link = new Relationship(RelationshipType.SPECIALISES_IN, "org-a", "spec-health");
        graph.Apply(Batch(2, new Link(link with { Confidence = 0.4 })));
        graph.Apply(Batch(3, new Link(link with { Confidence = 0.9 })));

        var only = Assert.Single(graph.Outgoing("org-a", RelationshipType.SPECIALISES_IN));
        Assert.Equal(0.9, only.Confidence);
    }

    [Fact]
    public void RemovingANodeRemovesItsRelationshipsFromBothEnds()
    {
        var graph = GraphBuilder.NorthEast().Organisation("org-a", "A", place: "place-newcastle").Build();
        graph.Apply(Batch(2, new RemoveNode("org-a")));

        Assert.Null(graph.Find("org-a"));
        Assert.DoesNotContain(graph.Incoming("place-newcastle", RelationshipType.LOCATED_IN), r => r.From == "org-a");
    }

    [Fact]
    public void ABatchAlreadyAppliedIsIgnored()
    {
        var graph = new InnovationGraph();
        Assert.True(graph.Apply(Batch(1, new PutNode(Org("org-a", "A")))));
        Assert.False(graph.Apply(Batch(1, new PutNode(Org("org-a", "Changed", 2)))));
        Assert.Equal("A", graph.Find<Organisation>("org-a")!.Name);
    }

    [Fact]
    public void ABatchThatSkipsASequenceIsRefusedSoTheGraphNeverDiverges()
    {
        var graph = new InnovationGraph();
        graph.Apply(Batch(1, new PutNode(Org("org-a", "A"))));

        var gap = Assert.Throws<ChangeLogGapException>(() => graph.Apply(Batch(3, new PutNode(Org("org-b", "B")))));
        Assert.Equal(1, gap.AppliedSequence);
        Assert.Equal(3, gap.ReceivedSequence);
        Assert.Null(graph.Find("org-b"));
    }

    [Fact]
    public void ReplacingANodeMovesItsIdentifiers()
    {
        var graph = new InnovationGraph();
        graph.Apply(Batch(1, new PutNode(Org("org-a", "A", 1, new ExternalIdentifier(IdentifierScheme.PIC, "1")))));
        graph.Apply(Batch(2, new PutNode(Org("org-a", "A", 2, new ExternalIdentifier(IdentifierScheme.PIC, "2")))));

        Assert.Null(graph.FindByIdentifier(IdentifierScheme.PIC, "1"));
        Assert.Equal("org-a", graph.FindByIdentifier(IdentifierScheme.PIC, "2")!.Id);
    }

    [Fact]
    public void ReadersHoldingARelationshipListKeepAConsistentListWhileTheGraphChanges()
    {
        var graph = GraphBuilder.NorthEast().Organisation("org-a", "A", specialisms: "spec-energy").Build();
        var before = graph.Outgoing("org-a", RelationshipType.SPECIALISES_IN);
        graph.Apply(Batch(2, new Link(new Relationship(RelationshipType.SPECIALISES_IN, "org-a", "spec-health"))));

        Assert.Single(before);
        Assert.Equal(2, graph.Outgoing("org-a", RelationshipType.SPECIALISES_IN).Count);
    }

    [Fact]
    public void AHubWithThousandsOfRelationshipsInOneBatchKeepsEachOnceAndUnlinksThem()
    {
        var changes = new List<Change> { new PutNode(Org("org-funder", "Funder")) };
        for (var i = 0; i < 5000; i++)
        {
            changes.Add(new PutNode(new Core.Projects.Project { Id = $"project-{i}", Title = $"P{i}" }));
            changes.Add(new Link(new Relationship(RelationshipType.FUNDED_BY, $"project-{i}", "org-funder")));
        }

        changes.Add(new Link(new Relationship(RelationshipType.FUNDED_BY, "project-7", "org-funder") { Amount = new(1m, "EUR") }));
        changes.Add(new Unlink(new RelationshipKey(RelationshipType.FUNDED_BY, "project-8", "org-funder")));
        changes.Add(new RemoveNode("project-9"));
        var graph = new InnovationGraph();
        graph.Apply(Batch(1, changes.ToArray()));

        var incoming = graph.Incoming("org-funder", RelationshipType.FUNDED_BY);
        Assert.Equal(4998, incoming.Count);
        Assert.Equal(4998, incoming.Select(r => r.From).Distinct().Count());
        Assert.Equal(1m, incoming.Single(r => r.From == "project-7").Amount!.Amount);
        Assert.DoesNotContain(incoming, r => r.From is "project-8" or "project-9");
        Assert.Empty(graph.Outgoing("project-8"));
    }

    [Fact]
    public void ALaterBatchChangesAHubsPublishedListInPlaceKeepingEachRelationshipOnce()
    {
        var first = new List<Change> { new PutNode(Org("org-funder", "Funder")), new PutNode(Org("org-other", "Other")) };
        for (var i = 0; i < 100; i++)
        {
            first.Add(new PutNode(new Core.Projects.Project { Id = $"project-{i}", Title = $"P{i}" }));
            first.Add(new Link(new Relationship(RelationshipType.FUNDED_BY, $"project-{i}", "org-funder")));
            first.Add(new Link(new Relationship(RelationshipType.FUNDED_BY, $"project-{i}", "org-other")));
            first.Add(new Link(new Relationship(RelationshipType.PARTICIPATES_IN, "org-other", $"project-{i}")));
        }

        var graph = new InnovationGraph();
        graph.Apply(Batch(1, first.ToArray()));
        var before = graph.Incoming("org-funder");

        Relationship Funded(int project, decimal? amount = null) =>
            new(RelationshipType.FUNDED_BY, $"project-{project}", "org-funder") { Amount = amount is { } a ? new(a, "EUR") : null };
        graph.Apply(Batch(2,
            new Link(Funded(1, 5m)),
            new Unlink(Funded(2).Key), new Link(Funded(2, 6m)),
            new Link(Funded(3, 7m)), new Unlink(Funded(3).Key),
            new RemoveNode("project-4"), new PutNode(new Core.Projects.Project { Id = "project-4", Title = "P4" }), new Link(Funded(4, 8m)),
            new Unlink(new RelationshipKey(RelationshipType.FUNDED_BY, "project-5", "org-nobody")),
            new PutNode(new Core.Projects.Project { Id = "project-100", Title = "P100" }), new Link(Funded(100, 9m)), new Link(Funded(100, 10m)),
            new Link(new Relationship(RelationshipType.PARTICIPATES_IN, "org-other", "org-funder")),
            new Link(new Relationship(RelationshipType.PARTICIPATES_IN, "org-other", "org-funder") { Role = "partner" })));

        var incoming = graph.Incoming("org-funder", RelationshipType.FUNDED_BY);
        Assert.Equal(100, before.Count);
        Assert.Equal(100, incoming.Count);
        Assert.Equal(100, incoming.Select(r => r.From).Distinct().Count());
        Assert.Equal(
            [5m, 6m, 8m, 10m],
            incoming.Where(r => r.Amount is not null).Select(r => r.Amount!.Amount).Order());
        Assert.DoesNotContain(incoming, r => r.From == "project-3");
        Assert.Single(graph.Outgoing("project-4"), r => r.To == "org-funder");
        Assert.DoesNotContain(graph.Outgoing("project-4"), r => r.To == "org-other");
        Assert.Equal(99, graph.Incoming("org-other", RelationshipType.FUNDED_BY).Count);
        Assert.Equal(100, graph.Outgoing("org-other", RelationshipType.PARTICIPATES_IN).Count);
        Assert.Equal("partner", graph.Outgoing("org-other").Single(r => r.To == "org-funder").Role);
        Assert.Equal("partner", Assert.Single(graph.Incoming("org-funder", RelationshipType.PARTICIPATES_IN)).Role);
    }

    [Fact]
    public void LinkingAgainAsItIsLeavesBothListsAsTheyWere()
    {
        var graph = GraphBuilder.NorthEast().Organisation("org-a", "A", specialisms: "spec-energy").Build();
        var outgoing = graph.Outgoing("org-a");
        var incoming = graph.Incoming("spec-energy");

        graph.Apply(Batch(graph.Sequence + 1, new Link(new Relationship(RelationshipType.SPECIALISES_IN, "org-a", "spec-energy"))));

        Assert.Same(outgoing, graph.Outgoing("org-a"));
        Assert.Same(incoming, graph.Incoming("spec-energy"));
    }

    [Fact]
    public void AGraphReadFromAStoreHasItsRelationshipsOnlyOnceMarkedLoaded()
    {
        var graph = new InnovationGraph();
        IGraphSink sink = graph;
        sink.OnNode(Org("org-a", "A"));
        sink.OnNode(new Core.Projects.Project { Id = "project-b", Title = "B" });
        sink.OnRelationship(new Relationship(RelationshipType.PARTICIPATES_IN, "org-a", "project-b"));
        graph.MarkLoaded(7);

        Assert.Single(graph.Outgoing("org-a"));
        Assert.Single(graph.Incoming("project-b"));
        Assert.Equal(7, graph.Sequence);
    }
}
