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
        // Where each organisation sits in the member list, -1 outside the cluster; rebuilt here rather than
        // cached with the cluster, since it is as long as the whole directory.
        var position = new int[ix.OrgCount];
        Array.Fill(position, -1);
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
        var outside = new int[members.Length];
        var otherSpecialisms = new int[members.Length];
        var reachedBy = new int[ix.SpecCount];
        Array.Fill(reachedBy, -1);
        for (var u = 0; u < members.Length; u++)
        {
            var org = members[u];
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
                    if (position[v] >= 0)
                    {
                        adjacency.Add(position[v]);
                        continue;
                    }

                    outside[u]++;
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

                        if (reachedBy[t] != u)
                        {
                            reachedBy[t] = u;
                            otherSpecialisms[u]++;
                        }
                    }
                }
            }

            adjacency.EndRow();
        }

        var csr = adjacency.Build();
        int ByName(int a, int b) => Names.Compare(ix.Orgs[members[a]], ix.Orgs[members[b]]);
        var topDegree = TopK.Select(Enumerable.Range(0, members.Length).Where(u => csr.Count(u) > 0), MaxTop,
            (a, b) => csr.Count(b).CompareTo(csr.Count(a)) is var c && c != 0 ? c : ByName(a, b));
        var topBrokers = TopK.Select(Enumerable.Range(0, members.Length).Where(u => outside[u] > 0), MaxTop,
            (a, b) => otherSpecialisms[b].CompareTo(otherSpecialisms[a]) is var c && c != 0 ? c
                : outside[b].CompareTo(outside[a]) is var d && d != 0 ? d : ByName(a, b));
        return new ClusterCollaboration
        {
            Network = Measure(csr),
            Adjacency = csr,
            TopByDegree = topDegree.Select(u => new DegreeConnector(ix.Orgs[members[u]], csr.Count(u))).ToArray(),
            Brokers = topBrokers
                .Select(u => new ClusterBroker(ix.Orgs[members[u]], outside[u], otherSpecialisms[u], Reached(ix, members, u, position, lineage, period)))
                .ToArray(),
            Bridges = Enumerable.Range(0, ix.SpecCount)
                .Where(t => bridgePartners[t] > 0)
                .Select(t => new ClusterBridge(ix.Specs[t], bridgePartners[t], bridgeLinks[t]))
                .OrderByDescending(b => b.Partners).ThenByDescending(b => b.Links).ThenBy(b => b.Specialism.Name, StringComparer.Ordinal)
                .Take(MaxTop).ToArray(),
        };
    }

    /// <summary>A broker's other specialisms, held by most of its outside partners first; only for the brokers listed.</summary>
    private static Specialism[] Reached(ClusterIndex ix, int[] members, int u, int[] position, bool[] lineage, ClusterPeriod period)
    {
        var org = members[u];
        var partners = new HashSet<int>();
        var counts = new Dictionary<int, int>();
        foreach (var q in ix.OrgProjects[org])
        {
            if (!period.Covers(ix, q))
            {
                continue;
            }

            foreach (var v in ix.ProjectOrgs[q])
            {
                if (v != org && position[v] < 0 && partners.Add(v))
                {
                    foreach (var t in ix.OrgTags[v])
                    {
                        if (!lineage[t])
                        {
                            counts[t] = counts.GetValueOrDefault(t) + 1;
                        }
                    }
                }
            }
        }

        return counts.OrderByDescending(kv => kv.Value).ThenBy(kv => ix.Specs[kv.Key].Name, StringComparer.Ordinal)
            .Take(ReachedPerBroker).Select(kv => ix.Specs[kv.Key]).ToArray();
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
