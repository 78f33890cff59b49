using InnovationNetwork.Core.Projects;

namespace InnovationNetwork.Core.Organisations;

/// <summary>Another organisation this one worked with, and the projects they shared (derived, never stored).</summary>
public sealed record Collaboration(Organisation Partner, IReadOnlyList<Project> SharedProjects)
{
    public int SharedProjectCount => SharedProjects.Count;
}
