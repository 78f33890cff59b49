using InnovationNetwork.Core.Organisations;

namespace InnovationNetwork.Core.Clusters;

/// <summary>How many organisations the cluster holds, and of which kinds (every kind listed, zeros included).</summary>
public sealed record ClusterOrganisations(int Total, IReadOnlyList<KindCount> ByKind);

public sealed record KindCount(OrganisationKind Kind, int Count);
