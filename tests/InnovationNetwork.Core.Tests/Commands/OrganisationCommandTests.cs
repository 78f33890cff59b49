using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using static InnovationNetwork.Core.Graph.ChangeErrorCodes;
using static InnovationNetwork.Core.Tests.Commands.CommandWorld;

namespace InnovationNetwork.Core.Tests.Commands;

public sealed class OrganisationCommandTests
{
    [Fact]
    public async Task RegisteringAnOrganisationWritesItWithAnIdFromItsNameItsLinksAndTheUserAsSource()
    {
        var world = await CreateAsync();

        var result = await new RegisterOrganisation
        {
            Name = "  Blyth Marine Robotics ", Kind = OrganisationKind.BUSINESS, Website = "https://blyth-marine.example.org",
            Email = "info@blyth-marine.example.org", Place = "place-northumberland", Specialisms = ["spec-subsea"],
            Employment = new Employment(40, 12, 2024, "self-declared"),
        }.RunAsync(world.As(Subsea));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var organisation = result.Value!;
        Assert.Equal("org-blyth-marine-robotics", organisation.Id);
        Assert.Equal("Blyth Marine Robotics", organisation.Name);
        Assert.Equal(1, organisation.Version);
        Assert.Equal([new Source("user:alice", Now)], organisation.Sources);
        Assert.Equal(["place-northumberland"], world.Graph.Outgoing(organisation.Id, RelationshipType.LOCATED_IN).Select(r => r.To));
        Assert.Equal(["spec-subsea"], world.Graph.Outgoing(organisation.Id, RelationshipType.SPECIALISES_IN).Select(r => r.To));
        Assert.Equal("user:alice", world.Store.Log[^1].Actor);
    }

    [Fact]
    public async Task ASecondOrganisationOfTheSameNameGetsAShortSuffix()
    {
        var world = await CreateAsync();

        var result = await new RegisterOrganisation { Name = "Subsea" }.RunAsync(world.As(Staff));

        Assert.Equal("org-subsea-2", result.Value!.Id);
    }

    [Fact]
    public async Task RegisteringAnOrganisationWithoutANameReturnsAUserError()
    {
        var world = await CreateAsync();

        await world.SingleErrorAsync("name", Required, () => new RegisterOrganisation { Name = "  " }.RunAsync(world.As(Staff)));
    }

    [Fact]
    public async Task AnInvalidEmailReturnsAUserError()
    {
        var world = await CreateAsync();

        await world.SingleErrorAsync("email", Invalid, () => new RegisterOrganisation { Name = "A", Email = "not an email" }.RunAsync(world.As(Staff)));
    }

    [Fact]
    public async Task AnInvalidWebAddressReturnsAUserError()
    {
        var world = await CreateAsync();

        await world.SingleErrorAsync("website", Invalid, () => new RegisterOrganisation { Name = "A", Website = "ftp:/nowhere" }.RunAsync(world.As(Staff)));
    }

    [Theory]
    [InlineData("https://subsea.example.org")]
    [InlineData("http://www.SUBSEA.example.org/")]
    public async Task AWebsiteAlreadyRegisteredIsADuplicate(string website)
    {
        var world = await CreateAsync();

        var error = await world.SingleErrorAsync("website", Duplicate, () => new RegisterOrganisation { Name = "Copy", Website = website }.RunAsync(world.As(Other)));

        Assert.Contains("Subsea Robotics Ltd", error.Message);
    }

    [Fact]
    public async Task AWebsiteHeldByAPrivateOrganisationIsADuplicateThatDoesNotNameIt()
    {
        var world = await CreateAsync();

        var error = await world.SingleErrorAsync("website", Duplicate,
            () => new RegisterOrganisation { Name = "Copy", Website = "https://hidden.example.net" }.RunAsync(world.As(Other)));

        Assert.DoesNotContain("Hidden", error.Message);
    }

    [Fact]
    public async Task NegativeEmploymentIsOutOfRange()
    {
        var world = await CreateAsync();

        await world.SingleErrorAsync("employment.employees", OutOfRange,
            () => new RegisterOrganisation { Name = "A", Employment = new Employment(-1, null, 2024, null) }.RunAsync(world.As(Staff)));
    }

    [Fact]
    public async Task UnknownPlacesAndSpecialismsAreNotFoundAtTheirPosition()
    {
        var world = await CreateAsync();

        var errors = await world.FailsWithoutWritingAsync(
            () => new RegisterOrganisation { Name = "A", Place = "place-atlantis", Specialisms = ["spec-subsea", "spec-nothing"] }.RunAsync(world.As(Staff)));

        Assert.Equal(["place NOT_FOUND", "specialisms.1 NOT_FOUND"], errors.Select(e => $"{string.Join('.', e.Field)} {e.Code}"));
    }

    [Fact]
    public async Task EveryProblemOfOneRequestIsReportedTogether()
    {
        var world = await CreateAsync();

        var errors = await world.FailsWithoutWritingAsync(
            () => new RegisterOrganisation { Name = "", Email = "x", Website = "https://subsea.example.org" }.RunAsync(world.As(Staff)));

        Assert.Equal(["email", "name", "website"], errors.Select(e => string.Join('.', e.Field)).Order());
    }

    [Fact]
    public async Task AnonymousCallersCannotRegister()
    {
        var world = await CreateAsync();

        var error = await world.SingleErrorAsync("", Forbidden, () => new RegisterOrganisation { Name = "A" }.RunAsync(world.As(Anonymous)));

        Assert.Empty(error.Field);
    }

    [Fact]
    public async Task AMemberUpdatesTheirOwnProfileFromTheVersionTheyRead()
    {
        var world = await CreateAsync();

        var result = await new UpdateOrganisationProfile
        {
            Id = "org-subsea", Version = 1, Description = "Robots for the North Sea.", Email = "", Specialisms = ["spec-energy"], IsPrivate = true,
        }.RunAsync(world.As(Subsea));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var organisation = result.Value!;
        Assert.Equal(2, organisation.Version);
        Assert.Equal("Robots for the North Sea.", organisation.Description);
        Assert.Null(organisation.Email);
        Assert.Equal("Subsea Robotics Ltd", organisation.Name);
        Assert.Equal("https://subsea.example.org", organisation.Website);
        Assert.True(organisation.IsPrivate);
        Assert.Equal(["spec-energy"], world.Graph.Outgoing("org-subsea", RelationshipType.SPECIALISES_IN).Select(r => r.To));
        Assert.Equal(["place-northumberland"], world.Graph.Outgoing("org-subsea", RelationshipType.LOCATED_IN).Select(r => r.To));
        Assert.Equal("user:alice", Assert.Single(organisation.Sources).Name);
    }

    [Fact]
    public async Task UpdatingFromAnOldVersionIsAVersionConflict()
    {
        var world = await CreateAsync();
        await new UpdateOrganisationProfile { Id = "org-subsea", Version = 1, Description = "First." }.RunAsync(world.As(Subsea));

        await world.SingleErrorAsync("version", VersionConflict,
            () => new UpdateOrganisationProfile { Id = "org-subsea", Version = 1, Description = "Second." }.RunAsync(world.As(Subsea)));
        Assert.Equal("First.", world.Graph.Find<Organisation>("org-subsea")!.Description);
    }

    [Fact]
    public async Task AMemberEditingAnotherOrganisationsProfileIsForbidden()
    {
        var world = await CreateAsync();

        await world.SingleErrorAsync("", Forbidden, () => new UpdateOrganisationProfile { Id = "org-subsea", Version = 1, Name = "Mine now" }.RunAsync(world.As(Other)));
    }

    [Fact]
    public async Task APrivateOrganisationIsNotFoundByThoseWhoCannotSeeIt()
    {
        var world = await CreateAsync();

        await world.SingleErrorAsync("id", NotFound, () => new UpdateOrganisationProfile { Id = "org-hidden", Version = 1, Name = "X" }.RunAsync(world.As(Other)));
        Assert.True((await new UpdateOrganisationProfile { Id = "org-hidden", Version = 1, Name = "Hidden Ventures Ltd" }.RunAsync(world.As(Hidden))).Succeeded);
    }

    [Fact]
    public async Task TakingAnotherOrganisationsWebsiteIsADuplicateButKeepingYourOwnIsNot()
    {
        var world = await CreateAsync();

        await world.SingleErrorAsync("website", Duplicate,
            () => new UpdateOrganisationProfile { Id = "org-other", Version = 1, Website = "https://subsea.example.org" }.RunAsync(world.As(Other)));
        Assert.True((await new UpdateOrganisationProfile { Id = "org-subsea", Version = 1, Website = "https://subsea.example.org/" }.RunAsync(world.As(Subsea))).Succeeded);
    }

    [Fact]
    public async Task AnEmptyPlaceRemovesThePlace()
    {
        var world = await CreateAsync();

        await new UpdateOrganisationProfile { Id = "org-subsea", Version = 1, Place = "" }.RunAsync(world.As(Subsea));

        Assert.Empty(world.Graph.Outgoing("org-subsea", RelationshipType.LOCATED_IN));
    }
}
