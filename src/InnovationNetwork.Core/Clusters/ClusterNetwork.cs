using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Clusters;

/// <summary>
/// The collaboration network among the cluster's organisations: two are linked when they share at least one
/// project in the period (any project, not only the cluster's).
/// </summary>
public sealed record ClusterNetwork(int Organisations, int Links, int Components, int LargestComponent, int Isolated)
{
    /// <summary>2·Links ÷ (n·(n−1)); null below two organisations.</summary>
    public double? Density => Organisations < 2 ? null : 2.0 * Links / ((double)Organisations * (Organisations - 1));

    /// <summary>2·Links ÷ n; null for an empty cluster.</summary>
    public double? AverageDegree => Ratio.Of(2L * Links, Organisations);
}

/// <summary>An organisation and its number of partners inside the cluster.</summary>
public sealed record DegreeConnector(Organisation Organisation, int Degree);

/// <summary>An organisation's normalised betweenness in the cluster's network, 0–1.</summary>
public sealed record BetweennessConnector(Organisation Organisation, int Degree, double Betweenness);

/// <summary>How betweenness was computed: from every organisation with a partner (exact) or from a sample of <see cref="Sources"/> of them.</summary>
public sealed record BetweennessMethod(bool Exact, int Sources, int Organisations);

/// <summary>
/// A cluster organisation that works with organisations outside the cluster, and how many other
/// specialisms those partners bring (specialisms outside this one's own line: not it, its ancestors or its
/// sub-specialisms).
/// </summary>
public sealed record ClusterBroker(Organisation Organisation, int OutsidePartners, int OtherSpecialisms, IReadOnlyList<Specialism> SpecialismsReached);

/// <summary>Another specialism the cluster reaches through collaboration: partners in it, and cluster–partner links.</summary>
public sealed record ClusterBridge(Specialism Specialism, int Partners, int Links);
