namespace InnovationNetwork.Core.Organisations;

/// <summary>
/// Head-count facts for cluster measures. <see cref="BetterJobs"/> counts employees in SOC 2020 major
/// groups 1–3 (managers, directors and senior officials; professional; associate professional and technical).
/// </summary>
public sealed record Employment(int Employees, int? BetterJobs, int Year, string? Source);
