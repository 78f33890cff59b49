using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Search.Tests.Support;

namespace InnovationNetwork.Search.Tests.Indexing;

public class NearRealTimeTests
{
    [Fact]
    public async Task AnOrganisationIsSearchableAsSoonAsItsWriteReturns()
    {
        await using var h = await SearchHarness.StartAsync(World.Base());

        await h.WriteAsync(new Changes().Organisation("org-tidal", "Tidal Kites", description: "Underwater kites that turn tidal currents into power."));

        Assert.Equal(["org-tidal"], h.Ids("tidal kites"));
    }

    [Fact]
    public async Task ChangingAnOrganisationReplacesItsOldText()
    {
        await using var h = await SearchHarness.StartAsync(World.Base().Organisation("org-a", "Harbour Welding", description: "Welding."));

        await h.WriteAsync(new Changes().Put(new Organisation { Id = "org-a", Name = "Harbour Coatings", Description = "Anti-corrosion coatings.", Version = 2 }));

        Assert.Empty(h.Ids("welding"));
        Assert.Equal(["org-a"], h.Ids("coatings"));
        Assert.Equal(1, h.Index.DocumentCount);
    }

    [Fact]
    public async Task AnOrganisationIsFoundByTheTextOfTheProjectsItJoins()
    {
        await using var h = await SearchHarness.StartAsync(World.Base().Organisation("org-a", "Alpha Engineering"));

        await h.WriteAsync(new Changes().Project("project-x", "Autonomous hull cleaning", "A crawler that cleans ship hulls.", participants: "org-a"));

        Assert.Contains("org-a", h.Ids("hull cleaning"));
    }

    [Fact]
    public async Task ChangingAProjectReindexesTheOrganisationsThatTookPartInIt()
    {
        await using var h = await SearchHarness.StartAsync(World.Base()
            .Organisation("org-a", "Alpha Engineering")
            .Project("project-x", "Hull cleaning", participants: "org-a"));

        await h.WriteAsync(new Changes().Put(new Project { Id = "project-x", Title = "Propeller polishing", Version = 2 }));

        Assert.Contains("org-a", h.Ids("propeller polishing"));
        Assert.DoesNotContain("org-a", h.Ids("hull cleaning"));
    }

    [Fact]
    public async Task RemovingAProjectTakesItsTextOutOfItsParticipants()
    {
        await using var h = await SearchHarness.StartAsync(World.Base()
            .Organisation("org-a", "Alpha Engineering")
            .Project("project-x", "Hull cleaning", participants: "org-a"));

        await h.WriteAsync(new Changes().Remove("project-x"));

        Assert.Empty(h.Ids("hull cleaning"));
        Assert.Equal(1, h.Index.DocumentCount);
    }

    [Fact]
    public async Task RenamingASpecialismReindexesTheRecordsInItAndBelowIt()
    {
        await using var h = await SearchHarness.StartAsync(World.Base()
            .Organisation("org-a", "Alpha Engineering", specialisms: [World.OffshoreRobotics]));

        await h.WriteAsync(new Changes().Put(new Core.Specialisms.Specialism { Id = World.Energy, Name = "Power and propulsion", Version = 2 }));

        Assert.Contains("org-a", h.Ids("propulsion"));
    }

    [Fact]
    public async Task RenamingAnOrganisationReindexesItsPeopleAndCapabilities()
    {
        await using var h = await SearchHarness.StartAsync(World.Base()
            .Organisation("org-a", "Alpha Engineering")
            .Person("person-ann", "Ann Smith", worksAt: "org-a")
            .Capability("cap-tank", "Wave tank", "org-a"));

        await h.WriteAsync(new Changes().Put(new Organisation { Id = "org-a", Name = "Zephyr Dynamics", Version = 2 }));

        Assert.Equal(["cap-tank", "org-a", "person-ann"], h.Ids("zephyr").Order());
    }

    [Fact]
    public async Task MakingAnOrganisationPrivateUnderTheSameNameTakesTheNameOutOfItsPeoplesDocuments()
    {
        await using var h = await SearchHarness.StartAsync(World.Base()
            .Organisation("org-a", "Alpha Engineering")
            .Person("person-ann", "Ann Smith", worksAt: "org-a"));

        await h.WriteAsync(new Changes().Put(new Organisation { Id = "org-a", Name = "Alpha Engineering", IsPrivate = true, Version = 2 }));

        Assert.Empty(h.Ids("alpha"));
        Assert.Equal(["person-ann"], h.Ids("ann"));
    }

    [Fact]
    public async Task ANewDescriptionLeavesTheOrganisationsPeopleFoundByItsName()
    {
        await using var h = await SearchHarness.StartAsync(World.Base()
            .Organisation("org-a", "Alpha Engineering")
            .Person("person-ann", "Ann Smith", worksAt: "org-a"));

        await h.WriteAsync(new Changes().Put(new Organisation { Id = "org-a", Name = "Alpha Engineering", Description = "Wave tank testing.", Version = 2 }));

        Assert.Equal(["org-a", "person-ann"], h.Ids("alpha").Order());
        Assert.Equal(["org-a"], h.Ids("wave tank"));
    }

    [Fact]
    public async Task RemovingAnOrganisationRemovesItsDocument()
    {
        await using var h = await SearchHarness.StartAsync(World.Base().Organisation("org-a", "Alpha Engineering"));

        await h.WriteAsync(new Changes().Remove("org-a"));

        Assert.Empty(h.Ids("alpha"));
        Assert.Equal(0, h.Index.DocumentCount);
    }

    [Fact]
    public async Task LinkingASpecialismMakesTheOrganisationFilterableByItsAncestors()
    {
        await using var h = await SearchHarness.StartAsync(World.Base().Organisation("org-a", "Alpha Engineering"));

        await h.WriteAsync(new Changes().Link(RelationshipType.SPECIALISES_IN, "org-a", World.OffshoreRobotics));

        Assert.Equal(["org-a"], h.Ids("", new Core.Matching.SearchFilter { Specialisms = [World.Energy] }));
    }
}
