using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Places;

namespace InnovationNetwork.Core.Tests.Seed;

public class PlaceSeedTests
{
    [Theory]
    [InlineData("Northumberland", "E06000057")]
    [InlineData("County Durham", "E06000047")]
    [InlineData("Newcastle upon Tyne", "E08000021")]
    [InlineData("North Tyneside", "E08000022")]
    [InlineData("South Tyneside", "E08000023")]
    [InlineData("Sunderland", "E08000024")]
    [InlineData("Gateshead", "E08000037")]
    public void TheSevenNorthEastLocalAuthoritiesCarryTheirOnsCodes(string name, string onsCode)
    {
        var place = Assert.Single(RepositorySeed.All<Place>(), p => p.Name == name);

        Assert.Equal(onsCode, place.OnsCode);
        Assert.Equal($"place-{onsCode}", place.Id);
        Assert.Equal(PlaceLevel.LOCAL_AUTHORITY, place.Level);
        Assert.Equal("place-north-east-lep", ParentOf(place.Id));
    }

    [Fact]
    public void TheLepAreasLieInTheNorthEastRegionWhichLiesInTheUnitedKingdom()
    {
        Assert.Equal("place-E12000001", ParentOf("place-north-east-lep"));
        Assert.Equal("place-E12000001", ParentOf("place-tees-valley-lep"));
        Assert.Equal("place-uk", ParentOf("place-E12000001"));
    }

    [Fact]
    public void TheUnitedKingdomHasTwelveRegionsAndNations()
    {
        var regions = RepositorySeed.All<Place>().Where(p => p.Level == PlaceLevel.REGION).ToList();

        Assert.Equal(12, regions.Count);
        Assert.All(regions, r => Assert.Equal("place-uk", ParentOf(r.Id)));
    }

    [Fact]
    public void EveryLocalAuthorityHasPostcodeDistricts()
    {
        Assert.All(RepositorySeed.All<Place>().Where(p => p.Level == PlaceLevel.LOCAL_AUTHORITY),
            p => Assert.NotEmpty(p.PostcodeDistricts));
    }

    private static string? ParentOf(string id) => RepositorySeed.Relationships
        .SingleOrDefault(r => r.Type == RelationshipType.LOCATED_IN && r.From == id)?.To;
}
