using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.People;
using static InnovationNetwork.Core.Graph.ChangeErrorCodes;
using static InnovationNetwork.Core.Tests.Commands.CommandWorld;

namespace InnovationNetwork.Core.Tests.Commands;

public sealed class ResearcherCommandTests
{
    [Fact]
    public async Task AMemberRegistersSomeoneWhoWorksAtTheirOrganisation()
    {
        var world = await CreateAsync();

        var result = await new RegisterResearcher
        {
            Organisation = "org-subsea", Name = "Grace Tern", Email = "grace@subsea.example.org", Specialisms = ["spec-subsea"],
            Identifiers = [new ExternalIdentifier(IdentifierScheme.ORCID, " 0000-0002-1825-0097 ")],
        }.RunAsync(world.As(Subsea));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("person-grace-tern", result.Value!.Id);
        Assert.Equal("0000-0002-1825-0097", result.Value.Identifiers[0].Value);
        Assert.Equal(["org-subsea"], world.Graph.Outgoing(result.Value.Id, RelationshipType.WORKS_AT).Select(r => r.To));
    }

    [Fact]
    public async Task RegisteringSomeoneAtAnotherOrganisationIsForbidden()
    {
        var world = await CreateAsync();

        await world.SingleErrorAsync("", Forbidden, () => new RegisterResearcher { Organisation = "org-uni", Name = "Mallory" }.RunAsync(world.As(Other)));
    }

    [Fact]
    public async Task AnUnknownOrganisationIsNotFound()
    {
        var world = await CreateAsync();

        await world.SingleErrorAsync("organisation", NotFound, () => new RegisterResearcher { Organisation = "org-nowhere", Name = "N" }.RunAsync(world.As(Staff)));
    }

    [Fact]
    public async Task AnInvalidEmailReturnsAUserError()
    {
        var world = await CreateAsync();

        await world.SingleErrorAsync("email", Invalid, () => new RegisterResearcher { Organisation = "org-subsea", Name = "N", Email = "n@" }.RunAsync(world.As(Subsea)));
    }

    [Fact]
    public async Task MembersOfTheirEmployerAndStaffEditAProfileAndOthersCannot()
    {
        var world = await CreateAsync();
        var member = new Access.Viewer(Access.ViewerRole.Member, "org-uni", "una");

        await world.SingleErrorAsync("", Forbidden, () => new UpdateResearcherProfile { Id = "person-ada", Version = 1, JobTitle = "X" }.RunAsync(world.As(Subsea)));
        var edited = await new UpdateResearcherProfile { Id = "person-ada", Version = 1, JobTitle = "Chair in Subsea Engineering" }.RunAsync(world.As(member));
        var staffEdit = await new UpdateResearcherProfile { Id = "person-ada", Version = 2, Biography = "Works on ROVs." }.RunAsync(world.As(Staff));

        Assert.Equal("Chair in Subsea Engineering", edited.Value!.JobTitle);
        Assert.Equal(3, staffEdit.Value!.Version);
        Assert.Equal(["user:una", "user:sam"], staffEdit.Value.Sources.Select(s => s.Name));
    }

    [Fact]
    public async Task AnUnknownPersonIsNotFound()
    {
        var world = await CreateAsync();

        await world.SingleErrorAsync("id", NotFound, () => new UpdateResearcherProfile { Id = "person-nobody", Version = 1 }.RunAsync(world.As(Staff)));
    }

    [Fact]
    public async Task OnlyStaffRemoveAPerson()
    {
        var world = await CreateAsync();

        await world.SingleErrorAsync("", Forbidden, () => new RemovePerson { Id = "person-ada" }.RunAsync(world.As(Subsea)));
        var removed = await new RemovePerson { Id = "person-ada" }.RunAsync(world.As(Staff));

        Assert.Equal("person-ada", removed.Value);
        Assert.Null(world.Graph.Find("person-ada"));
    }
}
