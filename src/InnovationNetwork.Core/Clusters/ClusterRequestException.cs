namespace InnovationNetwork.Core.Clusters;

/// <summary>
/// A cluster request that cannot be answered as asked: not staff, unknown ids, a period that ends before
/// it starts. Carries every problem found, so the caller can report them all at once.
/// </summary>
public sealed class ClusterRequestException(IReadOnlyList<ClusterProblem> problems)
    : Exception(string.Join(" ", problems.Select(p => p.Message)))
{
    public IReadOnlyList<ClusterProblem> Problems { get; } = problems;
}
