namespace InnovationNetwork.Core.Clusters;

/// <summary>The cluster's projects in the period, and how many were running on <see cref="ActiveOn"/>.</summary>
public sealed record ClusterProjects(int Total, int Active, DateOnly ActiveOn);
