namespace InnovationNetwork.Core.Clusters;

/// <summary>
/// Every specialism's cluster across the whole dataset, counted in one pass — the "specialism" side of each
/// location quotient — so a cluster in a place never recounts its specialism nationally. The same rules as
/// <see cref="ClusterCore"/>: a project counts for a specialism when it is in the period, one of its
/// organisations holds the specialism, and it applies to it (or to one below it).
/// </summary>
internal sealed record SpecialismTotals(int[] Projects, decimal[] Funding)
{
    public static SpecialismTotals Compute(ClusterIndex ix, ClusterPeriod period, int currency)
    {
        var projects = new int[ix.SpecCount];
        var funding = new decimal[ix.SpecCount];
        var countedFor = new int[ix.SpecCount];
        Array.Fill(countedFor, -1);
        for (var q = 0; q < ix.ProjectCount; q++)
        {
            if (!period.Covers(ix, q))
            {
                continue;
            }

            foreach (var o in ix.ProjectOrgs[q])
            {
                foreach (var t in ix.OrgSpecs[o])
                {
                    if (countedFor[t] != q && ClusterCore.AppliesTo(ix, q, t))
                    {
                        countedFor[t] = q;
                        projects[t]++;
                    }
                }
            }
        }

        for (var o = 0; o < ix.OrgCount; o++)
        {
            for (var i = ix.OrgProjects.Start[o]; i < ix.OrgProjects.Start[o + 1]; i++)
            {
                var q = ix.OrgProjects.Items[i];
                if (currency < 0 || ix.PartCurrency[i] != currency || !period.Covers(ix, q))
                {
                    continue;
                }

                foreach (var t in ix.OrgSpecs[o])
                {
                    if (ClusterCore.AppliesTo(ix, q, t))
                    {
                        funding[t] += ix.PartAmount[i];
                    }
                }
            }
        }

        return new SpecialismTotals(projects, funding);
    }
}
