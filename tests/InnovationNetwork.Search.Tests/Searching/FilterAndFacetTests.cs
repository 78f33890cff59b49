using InnovationNetwork.Core.Matching;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Search.Tests.Support;

namespace InnovationNetwork.Search.Tests.Searching;

public class FilterAndFacetTests
{
    private static Changes Directory() => World.Base()
        .Organisation("org-crawler", "Crawler Robotics", description: "Robots that crawl turbine towers.", place: World.Northumberland, specialisms: [World.OffshoreRobotics])
        .Organisation("org-subsea", "Deep Robotics", description: "Subsea robots for pipelines.", place: World.Newcastle, specialisms: [World.Subsea])
        .Organisation("org-uni", "Tyne University", OrganisationKind.UNIVERSITY, description: "Robotics research and teaching.", place: World.Newcastle, specialisms: [World.OffshoreRobotics, World.Ageing])
        .Organisation("org-care", "Care Robotics", description: "Robots that help older people at home.", place: World.Scotland, specialisms: [World.Ageing])
        .Capability("cap-tank", "Robotics test tank", "org-uni", "A tank for testing underwater robots.", 3, 6, World.Subsea)
        .Capability("cap-field", "Robotics field trials", "org-crawler", "Robot trials on working turbines.", 6, 8, World.OffshoreRobotics);

    [Fact]
    public async Task ASpecialismFilterKeepsRecordsInItAndItsSubSpecialisms()
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        var ids = h.Ids("robotics", new SearchFilter { Specialisms = [World.Energy] });

        Assert.Equal(["cap-field", "cap-tank", "org-crawler", "org-subsea", "org-uni"], ids.Order());
    }

    [Fact]
    public async Task APlaceFilterKeepsRecordsInItAndThePlacesWithinIt()
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        var ids = h.Ids("robotics", new SearchFilter { Places = [World.NorthEast], Types = [SearchableType.ORGANISATION] });

        Assert.Equal(["org-crawler", "org-subsea", "org-uni"], ids.Order());
    }

    [Fact]
    public async Task KindAndTypeFiltersCombine()
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        Assert.Equal(["org-uni"], h.Ids("robotics", new SearchFilter { Kinds = [OrganisationKind.UNIVERSITY] }));
        Assert.Equal(["cap-field", "cap-tank"], h.Ids("robotics", new SearchFilter { Types = [SearchableType.CAPABILITY] }).Order());
    }

    [Fact]
    public async Task ATrlFilterKeepsCapabilitiesWhoseRangeCoversItAndTheOrganisationsOfferingThem()
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        Assert.Equal(["cap-tank", "org-uni"], h.Ids("robotics", new SearchFilter { Trl = 4 }).Order());
        Assert.Equal(["cap-field", "cap-tank", "org-crawler", "org-uni"], h.Ids("robotics", new SearchFilter { Trl = 6 }).Order());
    }

    [Fact]
    public async Task FacetsCountEveryHitByTypeKindSpecialismPlaceAndTrl()
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        var result = h.Search("robotics", limit: 1);

        Assert.Equal(6, result.TotalCount);
        Assert.Single(result.Hits);
        var facets = result.Facets.ToDictionary(f => f.Field, f => f.Values.ToDictionary(v => v.Value, v => v.Count));
        Assert.Equal(new Dictionary<string, int> { ["ORGANISATION"] = 4, ["CAPABILITY"] = 2 }, facets["type"]);
        Assert.Equal(new Dictionary<string, int> { ["BUSINESS"] = 3, ["UNIVERSITY"] = 1 }, facets["kind"]);
        Assert.Equal(4, facets["trl"]["6"]);                       // both capabilities and both their offerers
        Assert.Equal(3, facets["place"][World.Newcastle]);         // the test tank is where its university is
    }

    [Fact]
    public async Task TheSpecialismFacetCountsARecordUnderEveryAncestorOfItsSpecialisms()
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        var specialisms = h.Search("robotics").Facets.Single(f => f.Field == "spec").Values.ToDictionary(v => v.Value, v => v.Count);

        Assert.Equal(3, specialisms[World.OffshoreRobotics]);      // org-crawler, org-uni and cap-field
        Assert.Equal(specialisms[World.OffshoreRobotics], specialisms[World.OffshoreWind]);
        Assert.Equal(5, specialisms[World.Energy]);                 // and org-subsea, cap-tank under Subsea
        Assert.Equal(2, specialisms[World.Health]);                 // org-uni and org-care through Healthy ageing
    }

    [Fact]
    public async Task FacetsCountOnlyWhatTheFiltersKeep()
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        var result = h.Search("robotics", new SearchFilter { Places = [World.Scotland] });

        Assert.Equal(1, result.TotalCount);
        Assert.Equal(1, result.Facets.Single(f => f.Field == "type").Values.Single().Count);
    }

    [Fact]
    public async Task AnEmptyQueryListsEverythingTheFilterKeepsByName()
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        var result = h.Search("", new SearchFilter { Types = [SearchableType.ORGANISATION] });

        Assert.Equal(["org-care", "org-crawler", "org-subsea", "org-uni"], result.Hits.Select(x => x.Id));
        Assert.Equal(4, result.TotalCount);
    }

    [Fact]
    public async Task PagesFollowOnFromTheOffset()
    {
        await using var h = await SearchHarness.StartAsync(Directory());
        var all = h.Ids("robotics");

        var second = h.Search("robotics", limit: 2, offset: 2);

        Assert.Equal(all.Skip(2).Take(2), second.Hits.Select(x => x.Id));
        Assert.True(second.HasNextPage);
        Assert.True(second.HasPreviousPage);
    }
}
