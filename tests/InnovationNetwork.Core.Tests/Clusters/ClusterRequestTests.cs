using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Clusters;
using static InnovationNetwork.Core.Tests.Clusters.MiniNorthEast;

namespace InnovationNetwork.Core.Tests.Clusters;

public class ClusterRequestTests
{
    private static ClusterRequestException Refused(Viewer viewer, ClusterRequest request) =>
        Assert.Throws<ClusterRequestException>(() => Service(Build()).Strength(viewer, request));

    [Theory]
    [InlineData(ViewerRole.Anonymous)]
    [InlineData(ViewerRole.Member)]
    public void ClusterStrengthIsForStaffOnly(ViewerRole role)
    {
        var refused = Refused(new Viewer(role, role == ViewerRole.Member ? "org-a" : null), new ClusterRequest(OffshoreWind));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(ClusterProblemCodes.Forbidden, problem.Code);
        Assert.Contains("LEP staff only", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheMapIsForStaffOnlyToo()
    {
        var refused = Assert.Throws<ClusterRequestException>(() => Service(Build()).Rank(Viewer.Anonymous, new ClusterRankRequest()));

        Assert.Equal(ClusterProblemCodes.Forbidden, Assert.Single(refused.Problems).Code);
    }

    [Fact]
    public void UnknownIdsAreNamedTogether()
    {
        var refused = Refused(Staff, new ClusterRequest("spec-underwater-basket-weaving", "place-atlantis"));

        Assert.Equal(
            [("specialism", "There is no specialism with id 'spec-underwater-basket-weaving'."), ("place", "There is no place with id 'place-atlantis'.")],
            refused.Problems.Select(p => (p.Argument, p.Message)));
        Assert.All(refused.Problems, p => Assert.Equal(ClusterProblemCodes.NotFound, p.Code));
    }

    [Fact]
    public void AnIdOfTheWrongKindIsNamedWithWhatWasExpected()
    {
        var refused = Refused(Staff, new ClusterRequest(OffshoreWind, "org-a"));

        Assert.Equal("'org-a' is not a place; give the id of a place, e.g. place-E12000001 (North East).", Assert.Single(refused.Problems).Message);
    }

    [Fact]
    public void APeriodEndingBeforeItStartsIsRefused()
    {
        var refused = Refused(Staff, new ClusterRequest(OffshoreWind, From: new(2022, 1, 1), To: new(2021, 1, 1)));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal((ClusterProblemCodes.InvalidPeriod, "from"), (problem.Code, problem.Argument));
        Assert.Equal("The period starts on 2022-01-01, after it ends on 2021-01-01; give 'from' on or before 'to'.", problem.Message);
    }

    [Fact]
    public void AOneDayPeriodIsFine() =>
        Assert.Equal(1, Strength(OffshoreWind, from: new(2021, 6, 1), to: new(2021, 6, 1)).Projects.Total);

    [Fact]
    public void ACurrencyMustBeAnIsoCode()
    {
        var refused = Refused(Staff, new ClusterRequest(OffshoreWind, Currency: "euros"));

        Assert.Equal(("currency", ClusterProblemCodes.Invalid), (Assert.Single(refused.Problems).Argument, refused.Problems[0].Code));
    }

    [Fact]
    public void ACurrencyNobodyUsesGivesZeroFundingAndNullFundingQuotient()
    {
        var cluster = Strength(OffshoreWind, currency: "USD");

        Assert.Equal(0m, cluster.Funding.Total.Amount);
        Assert.Null(cluster.LocationQuotient.Funding.Value);
        Assert.Equal(["EUR", "GBP"], cluster.Funding.OtherCurrencies.Select(m => m.Currency));
    }

    [Fact]
    public void ASpecialismWithNoOrganisationsInThePlaceGivesZerosNullRatiosAndSaysSo()
    {
        var digital = Strength(Digital);

        Assert.Equal(0, digital.Organisations.Total);
        Assert.Equal(0, digital.Projects.Total);
        Assert.Equal(0m, digital.Funding.Total.Amount);
        Assert.Null(digital.Network.Density);
        Assert.Empty(digital.Brokers);
        Assert.Contains("No organisation in North East specialises in Digital or its sub-specialisms, so every count is zero and every ratio is null.", digital.Notes);
    }

    [Fact]
    public void AnEmptyGraphAnswersWithZerosRatherThanFailing()
    {
        var graph = new ClusterGraph().Specialism("spec-lonely", "Lonely").Apply();

        var cluster = new ClusterService(graph.Graph).Strength(Staff, new ClusterRequest("spec-lonely", AsOf: Today));

        Assert.Equal(0, cluster.Organisations.Total);
        Assert.Null(cluster.LocationQuotient.Organisations.Value);
        Assert.Null(cluster.RelatednessDensity);
        Assert.Empty(cluster.TimeSeries);
    }
}
