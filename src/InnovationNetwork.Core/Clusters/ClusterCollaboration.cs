using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Clusters;

/// <summary>
/// The collaboration half of a cluster, computed on first use: the network among members (linked by any
/// shared project in the period), its components, degree ranking, and the members' links outward — brokers
/// (members with partners outside the cluster) and bridges (other specialisms those partners hold).
/// </summary>
internal sealed class ClusterCollaboration
{
    /// <summary>The longest ranked list kept; GraphQL's <c>first</c> may ask for up to this many.</summary>
    public const int MaxTop = 100;

    /// <summary>Specialisms listed per broker.</summary>
    public const int ReachedPerBroker = 5;

    public required ClusterNetwork Network { get; init; }

    /// <summary>Neighbours of each member, by position in <see cref="ClusterCore.Members"/>.</summary>
    public required Csr Adjacency { get; init; }

    public required IReadOnlyList<DegreeConnector> TopByDegree { get; init; }
    public required IReadOnlyList<ClusterBroker> Brokers { get; init; }
    public required IReadOnlyList<ClusterBridge> Bridges { get; init; }

    public static ClusterCollaboration Compute(ClusterIndex ix, ClusterCore core, ClusterPeriod period)
    {
        var members = core.Members;
        var position = new Dictionary<int, int>(members.Length);
        for (var i = 0; i < members.Length; i++)
        {
            position[members[i]] = i;
        }

        var lineage = ix.Lineage(core.Spec);
        var adjacency = new Csr.Builder(members.Length, members.Length * 4);
        var seenBy = new int[ix.OrgCount];
        Array.Fill(seenBy, -1);
        var bridgePartner = new bool[ix.OrgCount];
        var bridgePartners = new int[ix.SpecCount];
        var bridgeLinks = new int[ix.SpecCount];
        var reached = new int[ix.SpecCount];
        var touched = new List<int>();
        var brokers = new List<ClusterBroker>();
        for (var u = 0; u < members.Length; u++)
        {
            var org = members[u];
            var outside = 0;
            foreach (var q in ix.OrgProjects[org])
            {
                if (!period.Covers(ix, q))
                {
                    continue;
                }

                foreach (var v in ix.ProjectOrgs[q])
                {
                    if (v == org || seenBy[v] == u)
                    {
                        continue;
                    }

                    seenBy[v] = u;
                    if (core.IsMember[v])
                    {
                        adjacency.Add(position[v]);
                        continue;
                    }

                    outside++;
                    var newPartner = !bridgePartner[v];
                    bridgePartner[v] = true;
                    foreach (var t in ix.OrgTags[v])
                    {
                        if (lineage[t])
                        {
                            continue;
                        }

                        bridgeLinks[t]++;
                        if (newPartner)
                        {
                            bridgePartners[t]++;
                        }

                        if (reached[t]++ == 0)
                        {
                            touched.Add(t);
                        }
                    }
                }
            }

            adjacency.EndRow();
            if (outside > 0)
            {
                var top = touched.OrderByDescending(t => reached[t]).ThenBy(t => ix.Specs[t].Name, StringComparer.Ordinal)
                    .Take(ReachedPerBroker).Select(t => ix.Specs[t]).ToArray();
                brokers.Add(new ClusterBroker(ix.Orgs[org], outside, touched.Count, top));
            }

            foreach (var t in touched)
            {
                reached[t] = 0;
            }

            touched.Clear();
        }

        var csr = adjacency.Build();
        return new ClusterCollaboration
        {
            Network = Measure(csr),
            Adjacency = csr,
            TopByDegree = Enumerable.Range(0, members.Length)
                .Select(u => new DegreeConnector(ix.Orgs[members[u]], csr.Count(u)))
                .Where(c => c.Degree > 0)
                .OrderByDescending(c => c.Degree).ThenBy(c => c.Organisation.Name, StringComparer.Ordinal).ThenBy(c => c.Organisation.Id, StringComparer.Ordinal)
                .Take(MaxTop).ToArray(),
            Brokers = brokers
                .OrderByDescending(b => b.OtherSpecialisms).ThenByDescending(b => b.OutsidePartners)
                .ThenBy(b => b.Organisation.Name, StringComparer.Ordinal).ThenBy(b => b.Organisation.Id, StringComparer.Ordinal)
                .Take(MaxTop).ToArray(),
            Bridges = Enumerable.Range(0, ix.SpecCount)
                .Where(t => bridgePartners[t] > 0)
                .Select(t => new ClusterBridge(ix.Specs[t], bridgePartners[t], bridgeLinks[t]))
                .OrderByDescending(b => b.Partners).ThenByDescending(b => b.Links).ThenBy(b => b.Specialism.Name, StringComparer.Ordinal)
                .Take(MaxTop).ToArray(),
        };
    }

    /// <summary>Links, components (breadth-first), the largest component and isolated members.</summary>
    private static ClusterNetwork Measure(Csr adjacency)
    {
        var n = adjacency.Rows;
        var component = new int[n];
        Array.Fill(component, -1);
        var queue = new int[n];
        int components = 0, largest = 0, isolated = 0;
        for (var s = 0; s < n; s++)
        {
            if (adjacency.Count(s) == 0)
            {
                isolated++;
            }

            if (component[s] >= 0)
            {
                continue;
            }

            int head = 0, tail = 0;
            queue[tail++] = s;
            component[s] = components;
            while (head < tail)
            {
                foreach (var w in adjacency[queue[head++]])
                {
                    if (component[w] < 0)
                    {
                        component[w] = components;
                        queue[tail++] = w;
                    }
                }
            }

            largest = Math.Max(largest, tail);
            components++;
        }

        return new ClusterNetwork(n, adjacency.Items.Length / 2, components, largest, isolated);
    }
}
