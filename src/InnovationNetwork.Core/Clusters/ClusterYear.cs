using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Clusters;

/// <summary>One year of the cluster's activity.</summary>
public sealed record ClusterYear(int Year, int Organisations, int ProjectsStarted, int ProjectsActive, Money Funding);
