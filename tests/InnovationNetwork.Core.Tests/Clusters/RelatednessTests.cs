using static InnovationNetwork.Core.Tests.Clusters.MiniNorthEast;

namespace InnovationNetwork.Core.Tests.Clusters;

public class RelatednessTests
{
    // Portfolios (each specialism with its ancestors), over the whole dataset:
    //   a: offshore wind, energy, health     b: offshore robotics, offshore wind, energy     c: offshore wind, energy
    //   d: health                            e: offshore wind, energy, digital               f: digital
    // N(offshore wind) = 4, N(health) = 2, N(digital) = 2. Shared with offshore wind: health 1 (a), digital 1 (e).

    [Fact]
    public void ProximityIsTheSmallerConditionalProbabilityOfHoldingBoth()
    {
        // φ(offshore wind, health) = min(1/4, 1/2) = 0.25; φ(offshore wind, digital) = min(1/4, 1/2) = 0.25.
        // Equal φ and equal shared counts: by name, Digital first. Energy and offshore robotics are offshore
        // wind's own line, and Space shares nobody, so none of them is listed.
        var related = Strength(OffshoreWind).Related;

        Assert.Equal([("spec-digital", 0.25, 1), ("spec-health", 0.25, 1)], related.Select(r => (r.Specialism.Id, r.Proximity, r.SharedOrganisations)));
    }

    [Fact]
    public void RelatednessIsTheSameWhicheverSideAsks()
    {
        // φ(health, offshore wind) = 1 / max(2, 4) = 0.25, as above; φ(health, energy) too.
        var related = Strength(Health).Related;

        Assert.Equal(0.25, related.Single(r => r.Specialism.Id == OffshoreWind).Proximity);
        Assert.Equal(0.25, related.Single(r => r.Specialism.Id == Energy).Proximity);
    }

    [Fact]
    public void RelatednessDensityWeighsRelatedSpecialismsInWhichThePlaceIsSpecialised()
    {
        // Around offshore wind, the others are health, digital and space (φ = 0.25, 0.25, 0).
        // North East LQs by organisations: health (2/4) / (2/6) = 1.5 ≥ 1 → x = 1; digital 0 → x = 0;
        // space undefined → x = 0. ω = (0.25·1 + 0.25·0 + 0·0) / (0.25 + 0.25 + 0) = 0.5.
        Assert.Equal(0.5, Strength(OffshoreWind).RelatednessDensity!.Value, 12);
    }

    [Fact]
    public void RelatednessDensityIsNullForASpecialismRelatedToNothing()
    {
        // Space shares no organisation with anything: Σφ = 0.
        Assert.Null(Strength(Space).RelatednessDensity);
        Assert.Empty(Strength(Space).Related);
    }
}
