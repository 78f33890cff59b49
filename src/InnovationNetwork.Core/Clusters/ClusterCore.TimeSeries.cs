namespace InnovationNetwork.Core.Clusters;

// The yearly series: which years, and what each holds.
internal sealed partial class ClusterCore
{
    /// <summary>The longest series returned, so an odd date cannot make a thousand-year table.</summary>
    public const int MaxYears = 100;

    /// <summary>
    /// Years from the period's first year (else the first start of a cluster project) to the period's last year
    /// (else the last end of one). Per year: member organisations taking part in a cluster project running that
    /// year, cluster projects started and running that year, and funding of cluster projects started that year.
    /// </summary>
    private static IReadOnlyList<(int, int, int, int, decimal)> TimeSeries(
        ClusterIndex ix, List<(int Org, int Project)> dated, ClusterPeriod period, SortedDictionary<int, decimal> fundingByYear)
    {
        int? first = period.From == int.MinValue ? null : ClusterPeriod.YearOf(period.From);
        int? last = period.To == int.MaxValue ? null : ClusterPeriod.YearOf(period.To);
        int? minStart = null, maxEnd = null;
        foreach (var (_, q) in dated)
        {
            minStart = Math.Min(minStart ?? int.MaxValue, ix.ProjectStartYear[q]);
            maxEnd = Math.Max(maxEnd ?? int.MinValue, ix.ProjectEndYear[q]);
        }

        first ??= minStart;
        last ??= maxEnd;
        if (first is not { } from || last is not { } to || to < from)
        {
            return [];
        }

        to = Math.Min(to, from + MaxYears - 1);
        var span = to - from + 1;
        var organisations = new int[span];
        var started = new int[span];
        var running = new int[span];
        var orgYear = new int[span];
        Array.Fill(orgYear, -1);
        var projectCounted = new HashSet<int>();

        // Pairs come grouped by organisation (the main pass walks members in turn), so "seen this year"
        // needs only the last organisation counted per year.
        foreach (var (o, q) in dated)
        {
            var startYear = ix.ProjectStartYear[q];
            var endYear = ix.ProjectEndYear[q];
            var countProject = projectCounted.Add(q);
            if (countProject && startYear >= from && startYear <= to)
            {
                started[startYear - from]++;
            }

            for (var y = Math.Max(startYear, from); y <= Math.Min(endYear, to); y++)
            {
                if (countProject)
                {
                    running[y - from]++;
                }

                if (orgYear[y - from] != o)
                {
                    orgYear[y - from] = o;
                    organisations[y - from]++;
                }
            }
        }

        return Enumerable.Range(0, span)
            .Select(i => (from + i, organisations[i], started[i], running[i], fundingByYear.GetValueOrDefault(from + i)))
            .ToArray();
    }
}
