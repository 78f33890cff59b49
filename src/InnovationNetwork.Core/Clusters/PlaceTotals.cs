namespace InnovationNetwork.Core.Clusters;

/// <summary>
/// The denominators of the location quotient, for one place (or the whole dataset) and period. The base is
/// the organisations that name at least one specialism and the projects that apply to at least one — the only
/// ones any cluster can hold — so a place whose records are less completely tagged is not made to look less
/// specialised.
/// </summary>
internal sealed record PlaceTotals(int Organisations, int Projects, decimal Funding, int[] OrganisationsBySpecialism)
{
    /// <summary>
    /// Organisations: those with a specialism in the place. Projects: projects in the period, applying to a
    /// specialism, in which one of them takes part. Funding: what those organisations brought in through those
    /// projects, in the currency.
    /// OrganisationsBySpecialism: for each specialism, those of the organisations whose portfolio holds it.
    /// </summary>
    public static PlaceTotals Compute(ClusterIndex ix, bool[]? orgsInPlace, ClusterPeriod period, int currency)
    {
        var organisations = 0;
        var projects = 0;
        decimal funding = 0;
        var projectSeen = new bool[ix.ProjectCount];
        var bySpecialism = new int[ix.SpecCount];
        for (var o = 0; o < ix.OrgCount; o++)
        {
            if (ix.OrgSpecs.Count(o) == 0 || (orgsInPlace is not null && !orgsInPlace[o]))
            {
                continue;
            }

            organisations++;
            foreach (var s in ix.OrgSpecs[o])
            {
                bySpecialism[s]++;
            }

            for (var i = ix.OrgProjects.Start[o]; i < ix.OrgProjects.Start[o + 1]; i++)
            {
                var q = ix.OrgProjects.Items[i];
                if (!period.Covers(ix, q) || ix.ProjectSpecs.Count(q) == 0)
                {
                    continue;
                }

                if (!projectSeen[q])
                {
                    projectSeen[q] = true;
                    projects++;
                }

                if (ix.PartCurrency[i] == currency && currency >= 0)
                {
                    funding += ix.PartAmount[i];
                }
            }
        }

        return new PlaceTotals(organisations, projects, funding, bySpecialism);
    }
}
