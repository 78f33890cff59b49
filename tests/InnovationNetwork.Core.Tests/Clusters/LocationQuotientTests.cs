using static InnovationNetwork.Core.Tests.Clusters.MiniNorthEast;

namespace InnovationNetwork.Core.Tests.Clusters;

public class LocationQuotientTests
{
    [Fact]
    public void ByOrganisations()
    {
        // Base: organisations naming any specialism. North East: a, b, c, d = 4 (g names none). Dataset: a–f = 6.
        // Offshore wind: 3 in the North East, 4 in the dataset (a, b, c, e). LQ = (3/4) / (4/6) = 1.125.
        var lq = Strength(OffshoreWind).LocationQuotient.Organisations;

        Assert.Equal((3m, 4m, 4m, 6m), (lq.InPlace, lq.PlaceTotal, lq.Specialism, lq.Total));
        Assert.Equal(1.125, lq.Value!.Value, 12);
    }

    [Fact]
    public void ByProjects()
    {
        // North East projects (with a member naming a specialism): a p1 p2 p5, b p1 p3, c p3 p4, d p2 = 5.
        // Dataset: the same five. Offshore wind: 3 in the North East (p1, p3, p5) and 3 in the dataset
        // (e adds p1 and p5 again). LQ = (3/5) / (3/5) = 1.
        var lq = Strength(OffshoreWind).LocationQuotient.Projects;

        Assert.Equal((3m, 5m, 3m, 5m), (lq.InPlace, lq.PlaceTotal, lq.Specialism, lq.Total));
        Assert.Equal(1.0, lq.Value!.Value, 12);
    }

    [Fact]
    public void ByFunding()
    {
        // EUR brought in by North East organisations naming a specialism: a 100 + 80 + 30, b 50, c 10, d 40 = 310
        // (g's 5 in p4 is left out: g names no specialism; GBP is another currency).
        // Dataset: 310 + e (30 + 30) + f (60 + 20) = 450. Offshore wind: 180 here; nationally 180 + e's 60 = 240.
        // LQ = (180/310) / (240/450) = 1.08870967…
        var lq = Strength(OffshoreWind).LocationQuotient.Funding;

        Assert.Equal((180m, 310m, 240m, 450m), (lq.InPlace, lq.PlaceTotal, lq.Specialism, lq.Total));
        Assert.Equal(180.0 / 310 / (240.0 / 450), lq.Value!.Value, 12);
    }

    [Fact]
    public void APlaceOutsideTheRegionIsComparedTheSameWayAndSaysItIsOutside()
    {
        // London: e, f name specialisms = 2; offshore wind there: e. LQ = (1/2) / (4/6) = 0.75.
        var london = Strength(OffshoreWind, London);

        Assert.Equal(0.75, london.LocationQuotient.Organisations.Value!.Value, 12);
        Assert.Contains(london.Notes, n => n.StartsWith("London is outside North East", StringComparison.Ordinal));
        Assert.DoesNotContain(Strength(OffshoreWind).Notes, n => n.Contains("outside", StringComparison.Ordinal));
        Assert.DoesNotContain(Strength(OffshoreWind, "place-uk").Notes, n => n.Contains("outside", StringComparison.Ordinal));
    }

    [Fact]
    public void AQuotientOnAFewOrganisationsSaysHowFarOneMoreOrFewerWouldMoveIt()
    {
        // Offshore wind in the North East: 3 of 4 here, 4 of 6 in the dataset: 1.125.
        // One fewer: (2/4) / (3/6) = 1.00. One more: (4/4) / (5/6) = 1.20.
        Assert.Contains(
            "Only 3 organisations in North East: one more or one fewer would move the location quotient by organisations from 1.13 to between 1.00 and 1.20, so read it as a hint, not a finding.",
            Strength(OffshoreWind).Notes);
    }

    [Fact]
    public void WithoutAPlaceTheDatasetIsComparedWithItselfSoEveryDefinedQuotientIsOne()
    {
        var lq = Strength(OffshoreWind, place: null).LocationQuotient;

        Assert.Equal(1.0, lq.Organisations.Value!.Value, 12);
        Assert.Equal(1.0, lq.Projects.Value!.Value, 12);
        Assert.Equal(1.0, lq.Funding.Value!.Value, 12);
    }

    [Fact]
    public void ASpecialismNobodyHoldsHasNullQuotientsNotNaN()
    {
        // Space: (0/4) / (0/6): the dataset share is 0/6 = 0, and dividing by it is undefined.
        var lq = Strength(Space).LocationQuotient;

        Assert.Null(lq.Organisations.Value);
        Assert.Null(lq.Projects.Value);
        Assert.Null(lq.Funding.Value);
    }

    [Fact]
    public void ASpecialismAbsentFromThePlaceButPresentElsewhereHasAQuotientOfZero()
    {
        // Digital: none of the North East's 4, 2 of the dataset's 6: (0/4) / (2/6) = 0 — a real, meaningful zero.
        Assert.Equal(0.0, Strength(Digital).LocationQuotient.Organisations.Value);
    }

    [Fact]
    public void APlaceWithNoOrganisationsHasNullQuotientsAndSaysWhy()
    {
        // North West: 0 organisations, so the place's share 0/0 is undefined.
        var empty = Strength(OffshoreWind, NorthWest);

        Assert.Null(empty.LocationQuotient.Organisations.Value);
        Assert.Null(empty.LocationQuotient.Projects.Value);
        Assert.Contains(empty.Notes, n => n.Contains("no organisation in North West names a specialism", StringComparison.Ordinal));
    }

    [Fact]
    public void AFundingQuotientWithNoFundingInThePeriodIsNullAndSaysWhy()
    {
        // 2021: offshore wind's only project is p3, in GBP. Nationally the specialism has EUR 0 of the dataset's
        // EUR 180 (p2: a 80, d 40, f 60): its share is 0, so (0/120) / (0/180) is undefined.
        var cluster = Strength(OffshoreWind, from: new(2021, 1, 1), to: new(2021, 12, 31));

        Assert.Null(cluster.LocationQuotient.Funding.Value);
        Assert.Equal((0m, 120m, 0m, 180m), (cluster.LocationQuotient.Funding.InPlace, cluster.LocationQuotient.Funding.PlaceTotal,
            cluster.LocationQuotient.Funding.Specialism, cluster.LocationQuotient.Funding.Total));
        Assert.Contains(cluster.Notes, n => n.StartsWith("The funding location quotient is null", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("2021-01-01", "2021-12-31")]
    public void TheDatasetSideOfEveryQuotientIsTheSpecialismsOwnClusterWithoutAPlace(string? from, string? to)
    {
        // The national side is counted for all specialisms in one pass; it must agree with asking for each
        // specialism with no place, cluster by cluster.
        DateOnly? f = from is null ? null : DateOnly.Parse(from), t = to is null ? null : DateOnly.Parse(to);
        foreach (var specialism in new[] { Energy, OffshoreWind, OffshoreRobotics, Health, Digital, Space })
        {
            var inPlace = Strength(specialism, NorthEast, f, t).LocationQuotient;
            var whole = Strength(specialism, place: null, f, t);

            Assert.Equal(whole.Organisations.Total, inPlace.Organisations.Specialism);
            Assert.Equal(whole.Projects.Total, inPlace.Projects.Specialism);
            Assert.Equal(whole.Funding.Total.Amount, inPlace.Funding.Specialism);
        }
    }
}
