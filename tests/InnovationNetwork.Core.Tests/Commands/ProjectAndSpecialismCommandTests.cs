using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Specialisms;
using static InnovationNetwork.Core.Graph.ChangeErrorCodes;
using static InnovationNetwork.Core.Tests.Commands.CommandWorld;

namespace InnovationNetwork.Core.Tests.Commands;

public sealed class ProjectAndSpecialismCommandTests
{
    [Fact]
    public async Task AMemberRegistersAProjectTheirOrganisationTakesPartIn()
    {
        var world = await CreateAsync();

        var result = await new RegisterProject
        {
            Organisation = "org-other", Role = "coordinator", Title = "Offshore blade repair", Acronym = "BLADE",
            StartDate = new DateOnly(2025, 1, 1), EndDate = new DateOnly(2026, 12, 31), Funding = new Money(1_000_000, "GBP"),
        }.RunAsync(world.As(Other));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("project-blade", result.Value!.Id);
        Assert.Equal("coordinator", world.Graph.FindRelationship(new RelationshipKey(RelationshipType.PARTICIPATES_IN, "org-other", "project-blade"))!.Role);
    }

    [Fact]
    public async Task AnEndDateBeforeTheStartDateIsOutOfRange()
    {
        var world = await CreateAsync();

        await world.SingleErrorAsync("endDate", OutOfRange, () => new RegisterProject
        {
            Organisation = "org-other", Title = "Backwards", StartDate = new DateOnly(2025, 6, 1), EndDate = new DateOnly(2025, 5, 31),
        }.RunAsync(world.As(Other)));
    }

    [Theory]
    [InlineData("totalCost")]
    [InlineData("funding")]
    public async Task NegativeMoneyIsOutOfRange(string field)
    {
        var world = await CreateAsync();
        var negative = new Money(-1, "GBP");

        await world.SingleErrorAsync(field, OutOfRange, () => new RegisterProject
        {
            Organisation = "org-other", Title = "Owed", TotalCost = field == "totalCost" ? negative : null, Funding = field == "funding" ? negative : null,
        }.RunAsync(world.As(Other)));
    }

    [Fact]
    public async Task JoiningAProjectTwiceIsADuplicate()
    {
        var world = await CreateAsync();

        Assert.True((await new JoinProject { Project = "project-deep", Participant = "org-other", Role = "partner" }.RunAsync(world.As(Other))).Succeeded);
        await world.SingleErrorAsync("participant", Duplicate, () => new JoinProject { Project = "project-deep", Participant = "org-other" }.RunAsync(world.As(Other)));
    }

    [Fact]
    public async Task ANegativeContributionIsOutOfRangeAtTheContributionField()
    {
        var world = await CreateAsync();

        await world.SingleErrorAsync("contribution", OutOfRange,
            () => new JoinProject { Project = "project-deep", Participant = "org-other", Contribution = new Money(-10, "EUR") }.RunAsync(world.As(Other)));
    }

    [Fact]
    public async Task UnknownProjectsAndParticipantsAreNotFound()
    {
        var world = await CreateAsync();

        var errors = await world.FailsWithoutWritingAsync(() => new JoinProject { Project = "project-nothing", Participant = "org-nobody" }.RunAsync(world.As(Staff)));

        Assert.Equal(["participant NOT_FOUND", "project NOT_FOUND"], errors.Select(e => $"{string.Join('.', e.Field)} {e.Code}").Order());
    }

    [Fact]
    public async Task JoiningForAnotherOrganisationIsForbidden()
    {
        var world = await CreateAsync();

        await world.SingleErrorAsync("", Forbidden, () => new JoinProject { Project = "project-deep", Participant = "org-uni" }.RunAsync(world.As(Other)));
    }

    [Fact]
    public async Task LeavingAProjectRemovesTheParticipationAndLeavingOneNotJoinedIsNotFound()
    {
        var world = await CreateAsync();

        await world.SingleErrorAsync("participant", NotFound, () => new LeaveProject { Project = "project-deep", Participant = "org-other" }.RunAsync(world.As(Other)));
        Assert.True((await new LeaveProject { Project = "project-deep", Participant = "org-subsea" }.RunAsync(world.As(Subsea))).Succeeded);
        Assert.Empty(world.Graph.Incoming("project-deep", RelationshipType.PARTICIPATES_IN));
    }

    [Fact]
    public async Task OnlyStaffAddSpecialisms()
    {
        var world = await CreateAsync();

        await world.SingleErrorAsync("", Forbidden, () => new AddSpecialism { Name = "Tidal" }.RunAsync(world.As(Subsea)));
        var result = await new AddSpecialism { Name = "Tidal energy", Parent = "spec-energy" }.RunAsync(world.As(Staff));

        Assert.Equal("spec-tidal-energy", result.Value!.Id);
        Assert.Equal(["spec-energy"], world.Graph.Outgoing("spec-tidal-energy", RelationshipType.SUBSPECIALISM_OF).Select(r => r.To));
    }

    [Fact]
    public async Task MovingASpecialismReplacesItsParentAndMovingItBelowItselfIsACycle()
    {
        var world = await CreateAsync();

        await world.SingleErrorAsync("parent", Cycle, () => new MoveSpecialism { Id = "spec-energy", Parent = "spec-subsea" }.RunAsync(world.As(Staff)));
        await world.SingleErrorAsync("parent", NotFound, () => new MoveSpecialism { Id = "spec-energy", Parent = "spec-nothing" }.RunAsync(world.As(Staff)));
        Assert.True((await new MoveSpecialism { Id = "spec-subsea", Parent = "spec-health" }.RunAsync(world.As(Staff))).Succeeded);
        Assert.True((await new MoveSpecialism { Id = "spec-offshore-wind" }.RunAsync(world.As(Staff))).Succeeded);

        Assert.Equal(["spec-health"], world.Graph.Outgoing("spec-subsea", RelationshipType.SUBSPECIALISM_OF).Select(r => r.To));
        Assert.Empty(world.Graph.Outgoing("spec-offshore-wind", RelationshipType.SUBSPECIALISM_OF));
    }
}
