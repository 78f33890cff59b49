namespace InnovationNetwork.Core.Clusters;

/// <summary>One reason a cluster request cannot be answered: the argument at fault, a stable code and a sentence to act on.</summary>
public sealed record ClusterProblem(string Code, string Argument, string Message);

/// <summary>The codes of <see cref="ClusterProblem"/>, stable for clients to branch on.</summary>
public static class ClusterProblemCodes
{
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string InvalidPeriod = "INVALID_PERIOD";
    public const string Invalid = "INVALID_ARGUMENT";
}
