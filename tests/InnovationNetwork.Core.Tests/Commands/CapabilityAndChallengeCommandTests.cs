using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Challenges;
using InnovationNetwork.Core.Graph;
using static InnovationNetwork.Core.Graph.ChangeErrorCodes;
using static InnovationNetwork.Core.Tests.Commands.CommandWorld;

namespace InnovationNetwork.Core.Tests.Commands;

public sealed class CapabilityAndChallengeCommandTests
{
    [Fact]
    public async Task AMemberOffersACapabilityForTheirOrganisation()
    {
        var world = await CreateAsync();

        var result = await new OfferCapability
        {
            OfferedBy = "org-subsea", Name = "Cable survey", Kind = CapabilityKind.SERVICE, TrlMin = 5, TrlMax = 8, Specialisms = ["spec-subsea"],
        }.RunAsync(world.As(Subsea));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("cap-cable-survey", result.Value!.Id);
        Assert.Equal(["org-subsea"], world.Graph.Incoming("cap-cable-survey", RelationshipType.OFFERS).Select(r => r.From));
        Assert.Equal(["spec-subsea"], world.Graph.Outgoing("cap-cable-survey", RelationshipType.APPLIES_TO).Select(r => r.To));
    }

    [Theory]
    [InlineData(0, 5, "trlMin")]
    [InlineData(3, 10, "trlMax")]
    [InlineData(8, 4, "trlMax")]
    public async Task ATrlOutsideOneToNineOrUpsideDownIsOutOfRange(int min, int max, string field)
    {
        var world = await CreateAsync();

        await world.SingleErrorAsync(field, OutOfRange, () => new OfferCapability { OfferedBy = "org-subsea", Name = "C", TrlMin = min, TrlMax = max }.RunAsync(world.As(Subsea)));
    }

    [Fact]
    public async Task AMemberCanOfferForTheirOwnPeopleButNotForOthers()
    {
        var world = await CreateAsync();
        var uni = new Access.Viewer(Access.ViewerRole.Member, "org-uni", "una");

        Assert.True((await new OfferCapability { OfferedBy = "person-ada", Name = "Subsea advice" }.RunAsync(world.As(uni))).Succeeded);
        await world.SingleErrorAsync("", Forbidden, () => new OfferCapability { OfferedBy = "person-ada", Name = "Spam" }.RunAsync(world.As(Subsea)));
    }

    [Fact]
    public async Task WithdrawingACapabilityRemovesItAndOnlyItsOwnersMayDoIt()
    {
        var world = await CreateAsync();

        await world.SingleErrorAsync("", Forbidden, () => new WithdrawCapability { Id = "cap-rov-hire" }.RunAsync(world.As(Other)));
        var result = await new WithdrawCapability { Id = "cap-rov-hire" }.RunAsync(world.As(Subsea));

        Assert.Equal("cap-rov-hire", result.Value);
        Assert.Null(world.Graph.Find("cap-rov-hire"));
    }

    [Fact]
    public async Task WithdrawingAnUnknownCapabilityIsNotFound()
    {
        var world = await CreateAsync();

        await world.SingleErrorAsync("id", NotFound, () => new WithdrawCapability { Id = "cap-nothing" }.RunAsync(world.As(Staff)));
    }

    [Fact]
    public async Task AMemberPostsAChallenge()
    {
        var world = await CreateAsync();

        var result = await new PostChallenge
        {
            Organisation = "org-subsea", Title = "Autonomous docking", TrlSought = 7, Budget = new Money(250_000, "GBP"),
            Deadline = new DateOnly(2025, 12, 31), Place = "place-northumberland", IsPrivate = true,
        }.RunAsync(world.As(Subsea));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["org-subsea"], world.Graph.Incoming(result.Value!.Id, RelationshipType.POSTED).Select(r => r.From));
        Assert.True(result.Value.IsPrivate);
    }

    [Fact]
    public async Task ATrlSoughtOutsideOneToNineAndANegativeBudgetAreReportedTogether()
    {
        var world = await CreateAsync();

        var errors = await world.FailsWithoutWritingAsync(
            () => new PostChallenge { Organisation = "org-subsea", Title = "T", TrlSought = 12, Budget = new Money(-5, "GBP") }.RunAsync(world.As(Subsea)));

        Assert.Equal(["budget OUT_OF_RANGE", "trlSought OUT_OF_RANGE"], errors.Select(e => $"{string.Join('.', e.Field)} {e.Code}").Order());
    }

    [Fact]
    public async Task UpdatingAChallengeNeedsTheVersionReadAndItsPoster()
    {
        var world = await CreateAsync();

        await world.SingleErrorAsync("", Forbidden, () => new UpdateChallenge { Id = "challenge-cable", Version = 1, Title = "Mine" }.RunAsync(world.As(Other)));
        await world.SingleErrorAsync("version", VersionConflict, () => new UpdateChallenge { Id = "challenge-cable", Version = 7, Title = "Old" }.RunAsync(world.As(Subsea)));
        var result = await new UpdateChallenge { Id = "challenge-cable", Version = 1, TrlSought = 5, Specialisms = ["spec-subsea"] }.RunAsync(world.As(Subsea));

        Assert.Equal(5, result.Value!.TrlSought);
        Assert.Equal("Cable inspection", result.Value.Title);
    }

    [Fact]
    public async Task ClosingAChallengeClosesItOnceAndAgainChangesNothing()
    {
        var world = await CreateAsync();

        var closed = await new CloseChallenge { Id = "challenge-cable" }.RunAsync(world.As(Subsea));
        var sequence = await world.Store.CurrentSequenceAsync();
        var again = await new CloseChallenge { Id = "challenge-cable" }.RunAsync(world.As(Subsea));

        Assert.Equal(ChallengeStatus.CLOSED, closed.Value!.Status);
        Assert.True(again.Succeeded);
        Assert.Equal(sequence, await world.Store.CurrentSequenceAsync());
    }
}
