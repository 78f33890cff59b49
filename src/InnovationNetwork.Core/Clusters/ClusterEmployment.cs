namespace InnovationNetwork.Core.Clusters;

/// <summary>
/// Employment in the cluster's organisations, from what they reported (<see cref="Organisations.Employment"/>).
/// An organisation in several specialisms counts in full in each. Shares are null when nothing was reported.
/// </summary>
public sealed record ClusterEmployment(
    int Organisations,
    int ReportingEmployees,
    long Employees,
    int ReportingBetterJobs,
    long BetterJobs,
    long EmployeesWhereBetterJobsReported,
    int? EarliestYear,
    int? LatestYear)
{
    /// <summary>BetterJobs ÷ EmployeesWhereBetterJobsReported: both sides from the same organisations.</summary>
    public double? BetterJobsShare => Ratio.Of(BetterJobs, EmployeesWhereBetterJobsReported);

    /// <summary>ReportingEmployees ÷ Organisations.</summary>
    public double? Coverage => Ratio.Of(ReportingEmployees, Organisations);
}
