using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.Core.Clusters;

/// <summary>What the map of clusters can be ranked by.</summary>
public enum ClusterOrderField
{
    NAME,
    ORGANISATIONS,
    PEOPLE,
    EMPLOYEES,
    BETTER_JOBS,
    BETTER_JOBS_SHARE,
    PROJECTS,
    ACTIVE_PROJECTS,
    FUNDING,
    NETWORK_DENSITY,
    AVERAGE_DEGREE,
    COMPONENTS,
    LQ_ORGANISATIONS,
    LQ_PROJECTS,
    LQ_FUNDING,
    RELATEDNESS_DENSITY,
}

/// <summary>One key of the map's order; missing values (null measures) come last in either direction.</summary>
public sealed record ClusterOrder(ClusterOrderField Field, SortDirection Direction = SortDirection.DESC)
{
    public static readonly IReadOnlyList<ClusterOrder> Default = [new(ClusterOrderField.ORGANISATIONS)];

    public (Func<ClusterStrength, IComparable?> Key, SortDirection Direction) Key() => (Field switch
    {
        ClusterOrderField.NAME => c => c.Specialism.Name,
        ClusterOrderField.ORGANISATIONS => c => c.Organisations.Total,
        ClusterOrderField.PEOPLE => c => c.People,
        ClusterOrderField.EMPLOYEES => c => c.Employment.Employees,
        ClusterOrderField.BETTER_JOBS => c => c.Employment.BetterJobs,
        ClusterOrderField.BETTER_JOBS_SHARE => c => c.Employment.BetterJobsShare,
        ClusterOrderField.PROJECTS => c => c.Projects.Total,
        ClusterOrderField.ACTIVE_PROJECTS => c => c.Projects.Active,
        ClusterOrderField.FUNDING => c => c.Funding.Total.Amount,
        ClusterOrderField.NETWORK_DENSITY => c => c.Network.Density,
        ClusterOrderField.AVERAGE_DEGREE => c => c.Network.AverageDegree,
        ClusterOrderField.COMPONENTS => c => c.Network.Components,
        ClusterOrderField.LQ_ORGANISATIONS => c => c.LocationQuotient.Organisations.Value,
        ClusterOrderField.LQ_PROJECTS => c => c.LocationQuotient.Projects.Value,
        ClusterOrderField.LQ_FUNDING => c => c.LocationQuotient.Funding.Value,
        ClusterOrderField.RELATEDNESS_DENSITY => c => c.RelatednessDensity,
        _ => throw new ArgumentOutOfRangeException(nameof(Field)),
    }, Direction);
}
