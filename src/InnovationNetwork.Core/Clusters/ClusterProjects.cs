namespace InnovationNetwork.Core.Clusters;

/// <summary>
/// The cluster's projects in the period, and how many were running on <see cref="ActiveOn"/>;
/// <see cref="Untagged"/> counts the members' projects in the period that name no specialism and so count for none.
/// </summary>
public sealed record ClusterProjects(int Total, int Active, DateOnly ActiveOn, int Untagged);
