using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Commands;
using static InnovationNetwork.Core.Tests.Commands.CommandWorld;

namespace InnovationNetwork.Core.Tests.Commands;

public sealed class PermissionsTests
{
    public static TheoryData<Viewer> Viewers => new() { Anonymous, Subsea, Other, Staff };

    [Fact]
    public void EveryOperationHasARow()
    {
        Assert.Equal(Enum.GetValues<Operation>().Order(), Permissions.Table.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Viewers))]
    public void TheContactDetailsRowSaysWhatTheReadPathDoes(Viewer viewer)
    {
        var byTable = Permissions.Table[Operation.SeeContactDetails].Audience switch
        {
            Audience.Anyone => true,
            Audience.SignedIn => viewer.Role != ViewerRole.Anonymous,
            _ => viewer.IsStaff,
        };

        Assert.Equal(byTable, Permissions.CanSeeContactDetails(viewer));
    }

    [Theory]
    [MemberData(nameof(Viewers))]
    public async Task StaffOnlyOperationsAreRefusedToEveryoneButStaff(Viewer viewer)
    {
        var world = await CreateAsync();
        foreach (var (operation, _) in Permissions.Table.Where(r => r.Value.Audience == Audience.Staff))
        {
            Assert.Equal(viewer.IsStaff, Permissions.Allows(viewer, world.Graph, operation));
        }
    }

    [Fact]
    public async Task OwnersOfARecordAreTheOrganisationsBehindIt()
    {
        var world = await CreateAsync();
        var graph = world.Graph;

        Assert.Equal(["org-subsea"], Permissions.OwnersOf(graph, graph.Find("cap-rov-hire")!));
        Assert.Equal(["org-subsea"], Permissions.OwnersOf(graph, graph.Find("challenge-cable")!));
        Assert.Equal(["org-uni"], Permissions.OwnersOf(graph, graph.Find("person-ada")!));
        Assert.Empty(Permissions.OwnersOf(graph, graph.Find("spec-energy")!));
    }

    [Fact]
    public async Task AForbiddenErrorConcernsTheWholeRequestAndSaysWhoMay()
    {
        var world = await CreateAsync();

        var error = Permissions.Check(Other, world.Graph, Operation.UpdateOrganisationProfile, world.Graph.Find("org-subsea"))!;

        Assert.Equal("FORBIDDEN", error.Code);
        Assert.Empty(error.Field);
        Assert.Contains("Subsea Robotics Ltd", error.Message);
    }
}
