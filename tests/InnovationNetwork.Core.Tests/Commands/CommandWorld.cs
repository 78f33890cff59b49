using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Challenges;
using InnovationNetwork.Core.Commands;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.People;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Tests.Commands;

/// <summary>
/// A small directory behind a real GraphService over an in-memory store: two businesses (one private), a
/// university with a researcher, a capability, a challenge, a project, places and a specialism tree; and the
/// viewers who act on it.
/// </summary>
internal sealed class CommandWorld
{
    public static readonly DateTimeOffset Now = new(2025, 6, 1, 9, 0, 0, TimeSpan.Zero);

    public static readonly Viewer Anonymous = Viewer.Anonymous;
    public static readonly Viewer Subsea = new(ViewerRole.Member, "org-subsea", "alice");
    public static readonly Viewer Other = new(ViewerRole.Member, "org-other", "bob");
    public static readonly Viewer Hidden = new(ViewerRole.Member, "org-hidden", "hana");
    public static readonly Viewer Staff = new(ViewerRole.Staff, null, "sam");

    private CommandWorld(InMemoryGraphStore store, GraphService service)
    {
        Store = store;
        Service = service;
    }

    public InMemoryGraphStore Store { get; }

    public GraphService Service { get; }

    public InnovationGraph Graph => Service.Graph;

    public CommandContext As(Viewer viewer) => new(Service, viewer, new FixedClock(Now));

    public static async Task<CommandWorld> CreateAsync()
    {
        var store = new InMemoryGraphStore();
        var service = new GraphService(store, []);
        await service.LoadAsync();
        var seed = await service.WriteAsync("seed",
        [
            new PutNode(new Place { Id = "place-ne", Name = "North East", Level = PlaceLevel.REGION }),
            new PutNode(new Place { Id = "place-newcastle", Name = "Newcastle upon Tyne", Level = PlaceLevel.LOCAL_AUTHORITY }),
            new PutNode(new Place { Id = "place-northumberland", Name = "Northumberland", Level = PlaceLevel.LOCAL_AUTHORITY }),
            new Link(new Relationship(RelationshipType.LOCATED_IN, "place-newcastle", "place-ne")),
            new Link(new Relationship(RelationshipType.LOCATED_IN, "place-northumberland", "place-ne")),
            new PutNode(new Specialism { Id = "spec-energy", Name = "Energy" }),
            new PutNode(new Specialism { Id = "spec-offshore-wind", Name = "Offshore wind" }),
            new PutNode(new Specialism { Id = "spec-subsea", Name = "Subsea" }),
            new PutNode(new Specialism { Id = "spec-health", Name = "Health" }),
            new Link(new Relationship(RelationshipType.SUBSPECIALISM_OF, "spec-offshore-wind", "spec-energy")),
            new Link(new Relationship(RelationshipType.SUBSPECIALISM_OF, "spec-subsea", "spec-offshore-wind")),
            new PutNode(new Organisation
            {
                Id = "org-subsea", Name = "Subsea Robotics Ltd", Kind = OrganisationKind.BUSINESS, Website = "https://subsea.example.org",
                Email = "hello@subsea.example.org", Identifiers = [new ExternalIdentifier(IdentifierScheme.COMPANIES_HOUSE, "01234567")],
            }),
            new PutNode(new Organisation { Id = "org-other", Name = "Other Engineering", Kind = OrganisationKind.BUSINESS, Website = "https://other.example.com" }),
            new PutNode(new Organisation { Id = "org-hidden", Name = "Hidden Ventures", Kind = OrganisationKind.BUSINESS, IsPrivate = true, Website = "https://hidden.example.net" }),
            new PutNode(new Organisation { Id = "org-uni", Name = "Tyne University", Kind = OrganisationKind.UNIVERSITY }),
            new Link(new Relationship(RelationshipType.LOCATED_IN, "org-subsea", "place-northumberland")),
            new Link(new Relationship(RelationshipType.SPECIALISES_IN, "org-subsea", "spec-subsea")),
            new PutNode(new Person { Id = "person-ada", Name = "Ada Marsh", JobTitle = "Professor of Subsea Engineering" }),
            new Link(new Relationship(RelationshipType.WORKS_AT, "person-ada", "org-uni")),
            new PutNode(new Capability { Id = "cap-rov-hire", Name = "ROV hire", Kind = CapabilityKind.SERVICE, TrlMin = 6, TrlMax = 9 }),
            new Link(new Relationship(RelationshipType.OFFERS, "org-subsea", "cap-rov-hire")),
            new PutNode(new Challenge { Id = "challenge-cable", Title = "Cable inspection", TrlSought = 6 }),
            new Link(new Relationship(RelationshipType.POSTED, "org-subsea", "challenge-cable")),
            new PutNode(new Project { Id = "project-deep", Title = "Deep water trials", StartDate = new DateOnly(2024, 1, 1) }),
            new Link(new Relationship(RelationshipType.PARTICIPATES_IN, "org-subsea", "project-deep") { Role = "coordinator" }),
        ]);
        Assert.True(seed.Succeeded, string.Join("\n", seed.Errors));
        return new CommandWorld(store, service);
    }

    /// <summary>Runs <paramref name="command"/> and checks that it failed and that the store's change log did not move.</summary>
    public async Task<IReadOnlyList<UserError>> FailsWithoutWritingAsync<T>(Func<Task<CommandResult<T>>> command)
    {
        var before = await Store.CurrentSequenceAsync();
        var result = await command();
        Assert.False(result.Succeeded, "The command succeeded but was expected to fail.");
        Assert.Equal(before, await Store.CurrentSequenceAsync());
        return result.Errors;
    }

    /// <summary>The single error of a failed command, checked for its field path and code.</summary>
    public async Task<UserError> SingleErrorAsync<T>(string field, string code, Func<Task<CommandResult<T>>> command)
    {
        var errors = await FailsWithoutWritingAsync(command);
        var error = Assert.Single(errors);
        Assert.Equal(field, string.Join('.', error.Field));
        Assert.Equal(code, error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        return error;
    }
}

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
