using InnovationNetwork.Core.Seed;

namespace InnovationNetwork.Core.Tests.Seed;

public class PostcodeDirectoryTests
{
    private static readonly PostcodeDirectory Postcodes = SeedLoader.LoadPostcodes(RepositorySeed.Directory);

    [Theory]
    [InlineData("NE1 7RU", "place-E08000021")]
    [InlineData("ne17ru", "place-E08000021")]
    [InlineData("  Ne1   7ru ", "place-E08000021")]
    [InlineData("dh1 3le", "place-E06000047")]
    [InlineData("TS1 3BA", "place-E06000002")]
    [InlineData("SR1 3SD", "place-E08000024")]
    [InlineData("NE24 1LZ", "place-E06000057")]
    [InlineData("NE1", "place-E08000021")]
    public void APostcodeInANorthEastDistrictGivesItsLocalAuthority(string postcode, string place)
    {
        Assert.Equal(place, Postcodes.FindPlaceId(postcode));
    }

    [Theory]
    [InlineData("M1 1AA", "place-E12000002")]
    [InlineData("EC1A 1BB", "place-E12000007")]
    [InlineData("CF10 3AT", "place-W92000004")]
    [InlineData("EH1 1YZ", "place-S92000003")]
    [InlineData("BT1 5GS", "place-N92000002")]
    [InlineData("TS9 5AB", "place-E12000003")]
    public void APostcodeElsewhereGivesTheRegionOrNationOfItsArea(string postcode, string place)
    {
        Assert.Equal(place, Postcodes.FindPlaceId(postcode));
    }

    [Theory]
    [InlineData("XX9 9ZZ")]
    [InlineData("not a postcode")]
    [InlineData("")]
    [InlineData(null)]
    public void TextThatIsNotAKnownPostcodeGivesNothing(string? postcode)
    {
        Assert.Null(Postcodes.FindPlaceId(postcode));
    }

    [Fact]
    public void EveryUkPostcodeAreaHasARegion()
    {
        Assert.Equal(121, Postcodes.AreaCount);
    }

    [Theory]
    [InlineData("ne1 7ru", "NE1")]
    [InlineData("EC1A1BB", "EC1A")]
    [InlineData("W1A 0AX", "W1A")]
    [InlineData("DH1", "DH1")]
    [InlineData("NE", null)]
    [InlineData("123 456", null)]
    public void TheOutwardCodeIsFoundInAnySpacingAndCase(string postcode, string? outward)
    {
        Assert.Equal(outward, PostcodeDirectory.OutwardCode(postcode));
    }
}
