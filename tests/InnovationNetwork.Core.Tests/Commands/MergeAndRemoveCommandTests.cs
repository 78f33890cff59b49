using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.People;
using static InnovationNetwork.Core.Graph.ChangeErrorCodes;
using static InnovationNetwork.Core.Tests.Commands.CommandWorld;

namespace InnovationNetwork.Core.Tests.Commands;

public sealed class MergeAndRemoveCommandTests
{
    private static async Task<CommandWorld> WithDuplicateAsync()
    {
        var world = await CreateAsync();
        var duplicate = await world.Service.WriteAsync("import:csv",
        [
            new PutNode(new Organisation
            {
                Id = "org-subsea-robotics", Name = "Subsea Robotics", Phone = "0191 000 0000",
                Identifiers = [new ExternalIdentifier(IdentifierScheme.PIC, "999000111")],
                Sources = [new Source("import:csv", Now.AddDays(-1))],
            }),
            new Link(new Relationship(RelationshipType.LOCATED_IN, "org-subsea-robotics", "place-newcastle")),
            new Link(new Relationship(RelationshipType.SPECIALISES_IN, "org-subsea-robotics", "spec-subsea")),
            new Link(new Relationship(RelationshipType.SPECIALISES_IN, "org-subsea-robotics", "spec-health")),
            new Link(new Relationship(RelationshipType.PARTICIPATES_IN, "org-subsea-robotics", "project-deep") { Role = "partner" }),
            new PutNode(new Person { Id = "person-ben", Name = "Ben Shore" }),
            new Link(new Relationship(RelationshipType.WORKS_AT, "person-ben", "org-subsea-robotics")),
        ]);
        Assert.True(duplicate.Succeeded);
        return world;
    }

    [Fact]
    public async Task MergingMovesEveryRelationshipAndIdentifierToTheKeptRecordInOneBatch()
    {
        var world = await WithDuplicateAsync();
        var before = await world.Store.CurrentSequenceAsync();

        var result = await new MergeOrganisations { Keep = "org-subsea", Remove = "org-subsea-robotics" }.RunAsync(world.As(Staff));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(before + 1, await world.Store.CurrentSequenceAsync());
        var graph = world.Graph;
        Assert.Null(graph.Find("org-subsea-robotics"));
        var kept = result.Value!;
        Assert.Equal(2, kept.Version);
        Assert.Equal("0191 000 0000", kept.Phone);
        Assert.Equal("Subsea Robotics Ltd", kept.Name);
        Assert.Equal(kept.Id, graph.FindByIdentifier(IdentifierScheme.PIC, "999000111")!.Id);
        Assert.Equal(kept.Id, graph.FindByIdentifier(IdentifierScheme.COMPANIES_HOUSE, "01234567")!.Id);
        Assert.Equal(["import:csv", "user:sam"], kept.Sources.Select(s => s.Name));
        Assert.Equal(["place-northumberland"], graph.Outgoing(kept.Id, RelationshipType.LOCATED_IN).Select(r => r.To));
        Assert.Equal(["spec-health", "spec-subsea"], graph.Outgoing(kept.Id, RelationshipType.SPECIALISES_IN).Select(r => r.To).Order());
        Assert.Equal("coordinator", graph.FindRelationship(new RelationshipKey(RelationshipType.PARTICIPATES_IN, kept.Id, "project-deep"))!.Role);
        Assert.Equal([kept.Id], graph.Outgoing("person-ben", RelationshipType.WORKS_AT).Select(r => r.To));
    }

    [Fact]
    public async Task MergingIsForStaffAndNeedsTwoDifferentKnownOrganisations()
    {
        var world = await WithDuplicateAsync();

        await world.SingleErrorAsync("", Forbidden, () => new MergeOrganisations { Keep = "org-subsea", Remove = "org-subsea-robotics" }.RunAsync(world.As(Subsea)));
        await world.SingleErrorAsync("remove", Invalid, () => new MergeOrganisations { Keep = "org-subsea", Remove = "org-subsea" }.RunAsync(world.As(Staff)));
        await world.SingleErrorAsync("remove", NotFound, () => new MergeOrganisations { Keep = "org-subsea", Remove = "org-gone" }.RunAsync(world.As(Staff)));
    }

    [Fact]
    public async Task RemovingAnOrganisationTakesItsOwnCapabilitiesAndChallengesButNotItsPeople()
    {
        var world = await WithDuplicateAsync();

        await world.SingleErrorAsync("", Forbidden, () => new RemoveOrganisation { Id = "org-subsea" }.RunAsync(world.As(Subsea)));
        var result = await new RemoveOrganisation { Id = "org-subsea" }.RunAsync(world.As(Staff));

        Assert.Equal("org-subsea", result.Value);
        Assert.Null(world.Graph.Find("org-subsea"));
        Assert.Null(world.Graph.Find("cap-rov-hire"));
        Assert.Null(world.Graph.Find("challenge-cable"));
        Assert.NotNull(world.Graph.Find("project-deep"));
        Assert.NotNull(world.Graph.Find("person-ben"));
    }
}
