using InnovationNetwork.Core.Organisations;
using static InnovationNetwork.Core.Tests.Clusters.MiniNorthEast;

namespace InnovationNetwork.Core.Tests.Clusters;

public class ClusterMembershipTests
{
    [Fact]
    public void TheClusterHoldsTheOrganisationsOfTheSpecialismAndItsSubSpecialismsInsideThePlace()
    {
        // Offshore wind's portfolio holders: a (offshore wind), b (offshore robotics, below it), c, e.
        // In the North East (Newcastle and Northumberland are inside it): a, b, c. e is in London.
        var cluster = Strength(OffshoreWind);

        Assert.Equal(3, cluster.Organisations.Total);
        Assert.Equal(1, cluster.Organisations.ByKind.Single(k => k.Kind == OrganisationKind.UNIVERSITY).Count);
        Assert.Equal(2, cluster.Organisations.ByKind.Single(k => k.Kind == OrganisationKind.BUSINESS).Count);
        Assert.Equal(Enum.GetValues<OrganisationKind>().Length, cluster.Organisations.ByKind.Count);
        Assert.Equal(0, cluster.Organisations.ByKind.Single(k => k.Kind == OrganisationKind.FUNDER).Count);
    }

    [Fact]
    public void AParentSpecialismIncludesEveryOrganisationBelowIt()
    {
        // Energy › Offshore wind › Offshore robotics: the same three North East organisations.
        Assert.Equal(3, Strength(Energy).Organisations.Total);

        // Offshore robotics alone: b only.
        Assert.Equal(1, Strength(OffshoreRobotics).Organisations.Total);
    }

    [Fact]
    public void ALocalAuthorityHoldsOnlyItsOwnOrganisations()
    {
        // Northumberland: b (offshore robotics). g is there too but names no specialism.
        Assert.Equal(1, Strength(OffshoreWind, Northumberland).Organisations.Total);
    }

    [Fact]
    public void PeopleAreThoseWorkingAtMembersAndThoseSpecialisingThemselvesInThePlace()
    {
        // person-1 works at a, person-2 at b, person-3 specialises in offshore robotics in Northumberland: 3.
        // person-4 specialises in offshore wind but is in London; person-5 works at d (health).
        Assert.Equal(3, Strength(OffshoreWind).People);

        // Without a place person-4 counts too.
        Assert.Equal(4, Strength(OffshoreWind, place: null).People);
    }

    [Fact]
    public void EmploymentSumsWhatMembersReportedAndTheShareUsesOnlyOrganisationsThatReportedBetterJobs()
    {
        // Employees: a 1000 + b 50 + c 10 = 1060, all three reported (coverage 3/3 = 1).
        // Better jobs: a 700 + b 20 = 720; c reported no better-jobs figure, so the share is
        // 720 / (1000 + 50) = 0.685714…, not 720 / 1060.
        var e = Strength(OffshoreWind).Employment;

        Assert.Equal(3, e.ReportingEmployees);
        Assert.Equal(1060, e.Employees);
        Assert.Equal(2, e.ReportingBetterJobs);
        Assert.Equal(720, e.BetterJobs);
        Assert.Equal(1050, e.EmployeesWhereBetterJobsReported);
        Assert.Equal(720.0 / 1050, e.BetterJobsShare!.Value, 12);
        Assert.Equal(1.0, e.Coverage);
        Assert.Equal(2022, e.EarliestYear);
        Assert.Equal(2023, e.LatestYear);
    }

    [Fact]
    public void EmploymentCoverageSaysHowFewReportedAndTheShareIsNullWhenNobodyDid()
    {
        // Health in the North East: a (reported 1000 / 700) and d (reported nothing): coverage 1/2.
        var health = Strength(Health).Employment;
        Assert.Equal(0.5, health.Coverage);
        Assert.Equal(0.7, health.BetterJobsShare!.Value, 12);
        Assert.Contains(Strength(Health).Notes, n => n.StartsWith("1 of 2 organisations reported employees (50 %)", StringComparison.Ordinal));

        // Digital in the North East: nobody, so share and coverage are null, not NaN.
        var digital = Strength(Digital).Employment;
        Assert.Null(digital.BetterJobsShare);
        Assert.Null(digital.Coverage);
    }
}
