using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.Core.Challenges;

public enum ChallengeOrderField
{
    TITLE,
    DEADLINE,
    BUDGET,
}

public sealed record ChallengeOrder(ChallengeOrderField Field, SortDirection Direction = SortDirection.ASC) : INodeOrder<Challenge>
{
    public (Func<Challenge, IComparable?>, SortDirection) Key(InnovationGraph graph, Viewer viewer) => (Field switch
    {
        ChallengeOrderField.TITLE => c => c.Title,
        ChallengeOrderField.DEADLINE => c => c.Deadline,
        ChallengeOrderField.BUDGET => c => c.Budget?.Amount,
        _ => throw new ArgumentOutOfRangeException(nameof(Field)),
    }, Direction);
}
