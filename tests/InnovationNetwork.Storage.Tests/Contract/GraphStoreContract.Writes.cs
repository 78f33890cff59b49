using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Ports;

namespace InnovationNetwork.Storage.Tests.Contract;

// Writes: versions, links and removals, and that a refused batch leaves nothing behind.
public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task ANodeIsReplacedByItsNextVersion()
    {
        await using var store = await OpenStoreAsync("main");
        var first = SampleNodes.Organisation();
        var second = first with { Version = 2, Name = "Prifysgol Durham", Keywords = [] };

        await PutAsync(store, first);
        await PutAsync(store, second);

        var contents = await GraphContents.ReadAsync(store);
        Assert.Equal(GraphContents.NodesToJson([second]), contents.NodesJson);
    }

    [Fact]
    public async Task AStalePutNodeIsRefusedNamingTheNodeAndBothVersions()
    {
        await using var store = await OpenStoreAsync("main");
        var node = SampleNodes.Organisation();
        await PutAsync(store, node);
        await PutAsync(store, node with { Version = 2, Name = "First editor" });

        var conflict = await Assert.ThrowsAsync<StoreConflictException>(
            () => PutAsync(store, node with { Version = 2, Name = "Second editor, who read version 1" }));

        Assert.Equal(node.Id, conflict.NodeId);
        Assert.Equal(1, conflict.ExpectedVersion);
        Assert.Equal(2, conflict.StoredVersion);
        Assert.Contains(node.Id, conflict.Message);
        var stored = Assert.IsType<Core.Organisations.Organisation>((await GraphContents.ReadAsync(store)).Find(node.Id));
        Assert.Equal("First editor", stored.Name);
    }

    [Fact]
    public async Task CreatingANodeWhoseIdIsInUseIsRefused()
    {
        await using var store = await OpenStoreAsync("main");
        await PutAsync(store, SampleNodes.Organisation());

        var conflict = await Assert.ThrowsAsync<StoreConflictException>(
            () => PutAsync(store, SampleNodes.Organisation(name: "Another university with the same id")));

        Assert.Equal(SampleNodes.Organisation().Id, conflict.NodeId);
        Assert.Equal(1, conflict.StoredVersion);
        Assert.Equal(1, await store.CurrentSequenceAsync());
    }

    [Fact]
    public async Task PuttingALaterVersionOfANodeThatDoesNotExistIsRefused()
    {
        await using var store = await OpenStoreAsync("main");

        var conflict = await Assert.ThrowsAsync<StoreConflictException>(() => PutAsync(store, SampleNodes.Business(1, version: 3)));

        Assert.Equal(SampleNodes.Business(1).Id, conflict.NodeId);
        Assert.Equal(2, conflict.ExpectedVersion);
        Assert.Null(conflict.StoredVersion);
        Assert.Empty((await GraphContents.ReadAsync(store)).Nodes);
    }

    [Fact]
    public async Task LaterChangesInABatchSeeTheEarlierOnes()
    {
        await using var store = await OpenStoreAsync("main");
        var person = SampleNodes.Person();
        var organisation = SampleNodes.Organisation();
        var worksAt = new Relationship(RelationshipType.WORKS_AT, person.Id, organisation.Id) { Role = "Lecturer" };

        await store.AppendAsync(Actor, [new PutNode(person), new PutNode(organisation), new Link(worksAt), new PutNode(person with { Version = 2, JobTitle = "Reader" })]);

        var contents = await GraphContents.ReadAsync(store);
        Assert.Equal(GraphContents.NodesToJson([organisation, person with { Version = 2, JobTitle = "Reader" }]), contents.NodesJson);
        Assert.Equal(GraphContents.RelationshipsToJson([worksAt]), contents.RelationshipsJson);
    }

    [Fact]
    public async Task LinkingToANodeThatDoesNotExistIsRefusedNamingIt()
    {
        await using var store = await OpenStoreAsync("main");
        var person = SampleNodes.Person();
        await PutAsync(store, person);

        var conflict = await Assert.ThrowsAsync<StoreConflictException>(
            () => LinkAsync(store, new Relationship(RelationshipType.WORKS_AT, person.Id, "org-nowhere")));

        Assert.Equal("org-nowhere", conflict.NodeId);
        Assert.Contains("org-nowhere", conflict.Message);
        Assert.Equal("[]", (await GraphContents.ReadAsync(store)).RelationshipsJson);
    }

    [Fact]
    public async Task LinkingFromANodeThatDoesNotExistIsRefusedNamingIt()
    {
        await using var store = await OpenStoreAsync("main");
        var organisation = SampleNodes.Organisation();
        await PutAsync(store, organisation);

        var conflict = await Assert.ThrowsAsync<StoreConflictException>(
            () => LinkAsync(store, new Relationship(RelationshipType.WORKS_AT, "person-nobody", organisation.Id)));

        Assert.Equal("person-nobody", conflict.NodeId);
    }

    [Fact]
    public async Task LinkingAgainReplacesTheRelationshipsProperties()
    {
        await using var store = await OpenStoreAsync("main");
        var organisation = SampleNodes.Organisation();
        var project = SampleNodes.Project();
        await PutAsync(store, organisation, project);
        var first = new Relationship(RelationshipType.PARTICIPATES_IN, organisation.Id, project.Id) { Role = "partner", Amount = new Money(10m, "EUR") };
        var second = first with { Role = "coordinator", Amount = null, Confidence = 0.5 };

        await LinkAsync(store, first);
        await LinkAsync(store, second);

        Assert.Equal(GraphContents.RelationshipsToJson([second]), (await GraphContents.ReadAsync(store)).RelationshipsJson);
    }

    [Fact]
    public async Task RemovingANodeRemovesEveryRelationshipThatTouchesIt()
    {
        await using var store = await OpenStoreAsync("main");
        await PutAsync(store, [.. SampleRelationships.Endpoints()]);
        await LinkAsync(store, [.. SampleRelationships.OneOfEachType()]);
        var removed = SampleNodes.Organisation().Id;

        await store.AppendAsync(Actor, [new RemoveNode(removed)]);

        var contents = await GraphContents.ReadAsync(store);
        var kept = SampleRelationships.OneOfEachType().Where(r => r.From != removed && r.To != removed).ToList();
        Assert.Equal(GraphContents.RelationshipsToJson(kept), contents.RelationshipsJson);
        Assert.Null(contents.Find(removed));
        Assert.Equal(SampleRelationships.Endpoints().Count - 1, contents.Nodes.Count);
    }

    [Fact]
    public async Task ARemovedNodeCanBeCreatedAgainAtVersionOne()
    {
        await using var store = await OpenStoreAsync("main");
        var node = SampleNodes.Business(1);
        await PutAsync(store, node);
        await store.AppendAsync(Actor, [new RemoveNode(node.Id)]);

        await PutAsync(store, node with { Name = "Reborn" });

        Assert.Equal("Reborn", (await GraphContents.ReadAsync(store)).Find(node.Id)?.DisplayName);
    }

    [Fact]
    public async Task UnlinkingARelationshipThatDoesNotExistChangesNothingButIsLogged()
    {
        await using var store = await OpenStoreAsync("main");
        var organisation = SampleNodes.Organisation();
        var place = SampleNodes.Place();
        var locatedIn = new Relationship(RelationshipType.LOCATED_IN, organisation.Id, place.Id);
        await PutAsync(store, organisation, place);
        await LinkAsync(store, locatedIn);

        var sequence = await store.AppendAsync(Actor, [
            new Unlink(new RelationshipKey(RelationshipType.WORKS_AT, organisation.Id, place.Id)),
            new Unlink(new RelationshipKey(RelationshipType.LOCATED_IN, "org-nowhere", place.Id)),
        ]);

        Assert.Equal(3, sequence);
        Assert.Equal(GraphContents.RelationshipsToJson([locatedIn]), (await GraphContents.ReadAsync(store)).RelationshipsJson);
    }

    [Fact]
    public async Task UnlinkingRemovesOnlyThatRelationship()
    {
        await using var store = await OpenStoreAsync("main");
        await PutAsync(store, [.. SampleRelationships.Endpoints()]);
        var relationships = SampleRelationships.OneOfEachType();
        await LinkAsync(store, [.. relationships]);
        var gone = relationships.Single(r => r.Type == RelationshipType.PARTICIPATES_IN);

        await store.AppendAsync(Actor, [new Unlink(gone.Key)]);

        Assert.Equal(GraphContents.RelationshipsToJson(relationships.Where(r => r != gone)), (await GraphContents.ReadAsync(store)).RelationshipsJson);
    }

    [Fact]
    public async Task ABatchWhoseThirdChangeConflictsLeavesNothingOfTheBatch()
    {
        await using var store = await OpenStoreAsync("main");
        var existing = SampleNodes.Organisation();
        var place = SampleNodes.Place();
        await PutAsync(store, existing, place);
        await LinkAsync(store, new Relationship(RelationshipType.LOCATED_IN, existing.Id, place.Id));
        var before = await GraphContents.ReadAsync(store);
        var newcomer = SampleNodes.Business(1);

        await Assert.ThrowsAsync<StoreConflictException>(() => store.AppendAsync(Actor, [
            new PutNode(newcomer),
            new PutNode(existing with { Version = 2, Name = "Renamed" }),
            new PutNode(existing with { Version = 2, Name = "Renamed twice from the same version" }),
            new Link(new Relationship(RelationshipType.LOCATED_IN, newcomer.Id, place.Id)),
            new RemoveNode(place.Id),
        ]));

        var after = await GraphContents.ReadAsync(store);
        Assert.Equal(before.NodesJson, after.NodesJson);
        Assert.Equal(before.RelationshipsJson, after.RelationshipsJson);
        Assert.Equal(2, after.Sequence);
        Assert.Equal(2, await store.CurrentSequenceAsync());
        Assert.Empty(await store.ReadChangesAsync(2, 10));
    }

    [Fact]
    public async Task ABatchRefusedForAMissingNodeLeavesNothingAndTheNextBatchTakesTheNextSequence()
    {
        await using var store = await OpenStoreAsync("main");
        var place = SampleNodes.Place();
        await PutAsync(store, place);
        var before = await GraphContents.ReadAsync(store);

        await Assert.ThrowsAsync<StoreConflictException>(() => store.AppendAsync(Actor, [
            new RemoveNode(place.Id),
            new PutNode(SampleNodes.Business(1)),
            new Link(new Relationship(RelationshipType.LOCATED_IN, SampleNodes.Business(1).Id, place.Id)),
        ]));
        var next = await PutAsync(store, SampleNodes.Business(2));

        Assert.Equal(before.NodesJson, GraphContents.NodesToJson((await GraphContents.ReadAsync(store)).Nodes.Where(n => n.Id != SampleNodes.Business(2).Id)));
        Assert.Equal(2, next);
        Assert.Equal([1L, 2L], (await store.ReadChangesAsync(0, 10)).Select(b => b.Sequence));
    }

    [Fact]
    public async Task AnEmptyBatchIsRefused()
    {
        await using var store = await OpenStoreAsync("main");

        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.AppendAsync(Actor, []));

        Assert.Equal(0, await store.CurrentSequenceAsync());
    }

    [Fact]
    public async Task ACancelledAppendWritesNothing()
    {
        await using var store = await OpenStoreAsync("main");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => store.AppendAsync(Actor, [new PutNode(SampleNodes.Business(1))], cancelled.Token));

        Assert.Equal(0, await store.CurrentSequenceAsync());
        Assert.Empty((await GraphContents.ReadAsync(store)).Nodes);
    }
}
