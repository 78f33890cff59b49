namespace InnovationNetwork.Core.Clusters;

/// <summary>
/// The period a request covers, as day numbers. A project counts when its dates overlap the period
/// (start ≤ to and end ≥ from, inclusive). A project with no end date is taken to end on its start date; one
/// with no start date cannot be placed in time, so it counts only when no period is given.
/// </summary>
internal readonly record struct ClusterPeriod(int From, int To, int ActiveOn, bool IsOpen)
{
    public static ClusterPeriod Of(DateOnly? from, DateOnly? to, DateOnly activeOn) => new(
        from?.DayNumber ?? int.MinValue,
        to?.DayNumber ?? int.MaxValue,
        activeOn.DayNumber,
        from is null && to is null);

    public bool Covers(ClusterIndex index, int project)
    {
        var start = index.ProjectStart[project];
        if (start == ClusterIndex.NoDay)
        {
            return IsOpen;
        }

        return start <= To && index.ProjectEnd[project] >= From;
    }

    public bool IsActive(ClusterIndex index, int project) =>
        index.ProjectStart[project] != ClusterIndex.NoDay
        && index.ProjectStart[project] <= ActiveOn && index.ProjectEnd[project] >= ActiveOn;

    public static int YearOf(int day) => DateOnly.FromDayNumber(day).Year;
}
