using InnovationNetwork.Core.Organisations;

namespace InnovationNetwork.Core.Clusters;

/// <summary>
/// The cheap, always-computed half of a cluster: who is in it, its projects and the money they brought.
/// <para>Members: organisations whose portfolio holds the specialism (they SPECIALISE_IN it or a
/// sub-specialism) and that are LOCATED_IN the place or a place inside it.</para>
/// <para>Projects: projects in the period in which a member takes part and that APPLY_TO the specialism or a
/// sub-specialism. A project naming no specialism counts for none — counting it for every specialism of its
/// partners would give a broad university's untagged projects to each of its clusters — and is reported in
/// <see cref="Untagged"/> instead.</para>
/// </summary>
internal sealed partial class ClusterCore
{
    public required int Spec { get; init; }
    public required int[] Members { get; init; }
    public required int[] Projects { get; init; }
    public required int ActiveProjects { get; init; }
    public required int Untagged { get; init; }
    public required int[] KindCounts { get; init; }
    public required int People { get; init; }
    public required ClusterEmployment Employment { get; init; }
    public required decimal Funding { get; init; }
    public required SortedDictionary<int, decimal> FundingByYear { get; init; }
    public required decimal FundingWithoutYear { get; init; }
    public required Dictionary<int, decimal> FundingByFunder { get; init; }
    public required Dictionary<int, decimal> OtherCurrencies { get; init; }
    public required IReadOnlyList<(int Year, int Organisations, int Started, int Active, decimal Funding)> Years { get; init; }

    public static ClusterCore Compute(ClusterIndex ix, int spec, bool[]? orgsInPlace, bool[]? placesInPlace, ClusterPeriod period, int currency)
    {
        var members = new List<int>();
        foreach (var o in ix.SpecOrgs[spec])
        {
            if (orgsInPlace is null || orgsInPlace[o])
            {
                members.Add(o);
            }
        }

        var projectSeen = new bool[ix.ProjectCount];
        var projects = new List<int>();
        var untagged = 0;

        // The cluster's dated participations (organisation, project), kept for the yearly series.
        var dated = new List<(int Org, int Project)>();
        var projectMoney = new Dictionary<int, decimal>();
        var byYear = new SortedDictionary<int, decimal>();
        var other = new Dictionary<int, decimal>();
        decimal funding = 0, withoutYear = 0;
        foreach (var o in members)
        {
            for (var i = ix.OrgProjects.Start[o]; i < ix.OrgProjects.Start[o + 1]; i++)
            {
                var q = ix.OrgProjects.Items[i];
                if (!period.Covers(ix, q))
                {
                    continue;
                }

                if (!AppliesTo(ix, q, spec))
                {
                    if (ix.ProjectSpecs.Count(q) == 0 && !projectSeen[q])
                    {
                        projectSeen[q] = true;
                        untagged++;
                    }

                    continue;
                }

                if (!projectSeen[q])
                {
                    projectSeen[q] = true;
                    projects.Add(q);
                }

                if (ix.ProjectStart[q] != ClusterIndex.NoDay)
                {
                    dated.Add((o, q));
                }

                var amount = ix.PartAmount[i];
                var cur = ix.PartCurrency[i];
                if (cur < 0 || amount == 0)
                {
                    continue;
                }

                if (cur != currency)
                {
                    other[cur] = other.GetValueOrDefault(cur) + amount;
                    continue;
                }

                funding += amount;
                projectMoney[q] = projectMoney.GetValueOrDefault(q) + amount;
                if (ix.ProjectStart[q] == ClusterIndex.NoDay)
                {
                    withoutYear += amount;
                }
                else
                {
                    var year = ix.ProjectStartYear[q];
                    byYear[year] = byYear.GetValueOrDefault(year) + amount;
                }
            }
        }

        var active = 0;
        foreach (var q in projects)
        {
            if (period.IsActive(ix, q))
            {
                active++;
            }
        }

        var memberArray = members.ToArray();
        return new ClusterCore
        {
            Spec = spec,
            Members = memberArray,
            Projects = projects.ToArray(),
            ActiveProjects = active,
            Untagged = untagged,
            KindCounts = CountKinds(ix, memberArray),
            People = CountPeople(ix, spec, memberArray, placesInPlace),
            Employment = SumEmployment(ix, memberArray),
            Funding = funding,
            FundingByYear = byYear,
            FundingWithoutYear = withoutYear,
            FundingByFunder = SplitByFunder(ix, projectMoney),
            OtherCurrencies = other,
            Years = TimeSeries(ix, dated, period, byYear),
        };
    }

    /// <summary>A project counts for a specialism when it applies to it or to one below it.</summary>
    public static bool AppliesTo(ClusterIndex ix, int project, int spec) => ix.ProjectSpecs[project].Contains(spec);

    private static int[] CountKinds(ClusterIndex ix, int[] members)
    {
        var counts = new int[Enum.GetValues<OrganisationKind>().Length];
        foreach (var o in members)
        {
            counts[(int)ix.Orgs[o].Kind]++;
        }

        return counts;
    }

    /// <summary>People who work at a member, plus people who specialise in it themselves and are in the place.</summary>
    private static int CountPeople(ClusterIndex ix, int spec, int[] members, bool[]? placesInPlace)
    {
        var seen = new bool[ix.PersonCount];
        var count = 0;
        foreach (var o in members)
        {
            foreach (var person in ix.OrgPeople[o])
            {
                count += Mark(seen, person);
            }
        }

        foreach (var person in ix.SpecPeople[spec])
        {
            if (placesInPlace is null || IsIn(ix.PersonPlaces[person], placesInPlace))
            {
                count += Mark(seen, person);
            }
        }

        return count;
    }

    private static int Mark(bool[] seen, int item)
    {
        if (seen[item])
        {
            return 0;
        }

        seen[item] = true;
        return 1;
    }

    private static bool IsIn(ReadOnlySpan<int> places, bool[] inside)
    {
        foreach (var p in places)
        {
            if (inside[p])
            {
                return true;
            }
        }

        return false;
    }

    private static ClusterEmployment SumEmployment(ClusterIndex ix, int[] members)
    {
        int reporting = 0, reportingBetter = 0;
        long employees = 0, better = 0, employeesOfBetter = 0;
        int? earliest = null, latest = null;
        foreach (var o in members)
        {
            if (ix.Orgs[o].Employment is not { } e)
            {
                continue;
            }

            reporting++;
            employees += e.Employees;
            earliest = Math.Min(earliest ?? e.Year, e.Year);
            latest = Math.Max(latest ?? e.Year, e.Year);
            if (e.BetterJobs is { } b)
            {
                reportingBetter++;
                better += b;
                employeesOfBetter += e.Employees;
            }
        }

        return new ClusterEmployment(members.Length, reporting, employees, reportingBetter, better, employeesOfBetter, earliest, latest);
    }

    /// <summary>Each project's cluster funding goes to its funders by their shares; projects with none under -1.</summary>
    private static Dictionary<int, decimal> SplitByFunder(ClusterIndex ix, Dictionary<int, decimal> projectMoney)
    {
        var byFunder = new Dictionary<int, decimal>();
        foreach (var (q, amount) in projectMoney)
        {
            var start = ix.ProjectFunders.Start[q];
            var funders = ix.ProjectFunders[q];
            if (funders.IsEmpty)
            {
                byFunder[-1] = byFunder.GetValueOrDefault(-1) + amount;
                continue;
            }

            for (var i = 0; i < funders.Length; i++)
            {
                byFunder[funders[i]] = byFunder.GetValueOrDefault(funders[i]) + amount * (decimal)ix.FunderShare[start + i];
            }
        }

        return byFunder;
    }
}
