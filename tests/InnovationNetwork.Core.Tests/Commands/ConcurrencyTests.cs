using InnovationNetwork.Core.Organisations;
using static InnovationNetwork.Core.Tests.Commands.CommandWorld;

namespace InnovationNetwork.Core.Tests.Commands;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task OfTwoUpdatesFromTheSameVersionExactlyOneWinsAndTheOtherIsAVersionConflict()
    {
        var world = await CreateAsync();
        var before = await world.Store.CurrentSequenceAsync();

        var results = await Task.WhenAll(
            Task.Run(() => new UpdateOrganisationProfile { Id = "org-subsea", Version = 1, Description = "From Alice." }.RunAsync(world.As(Subsea))),
            Task.Run(() => new UpdateOrganisationProfile { Id = "org-subsea", Version = 1, Description = "From Sam." }.RunAsync(world.As(Staff))));

        var winner = Assert.Single(results, r => r.Succeeded);
        var loser = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal("VERSION_CONFLICT", Assert.Single(loser.Errors).Code);
        Assert.Equal(before + 1, await world.Store.CurrentSequenceAsync());
        var stored = world.Graph.Find<Organisation>("org-subsea")!;
        Assert.Equal(2, stored.Version);
        Assert.Equal(winner.Value!.Description, stored.Description);
    }

    [Fact]
    public async Task ManyRegistrationsOfOneNameAtOnceAllSucceedUnderDistinctIds()
    {
        var world = await CreateAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => new RegisterOrganisation { Name = "Twin Robotics" }.RunAsync(world.As(Staff)))));

        Assert.All(results, r => Assert.True(r.Succeeded, string.Join("\n", r.Errors)));
        Assert.Equal(8, results.Select(r => r.Value!.Id).Distinct().Count());
    }
}
