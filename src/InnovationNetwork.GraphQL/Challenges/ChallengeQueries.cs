using GraphQL.Types;
using InnovationNetwork.Core.Challenges;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Challenges;

public static class ChallengeQueries
{
    public static void AddChallengeQueries(this ObjectGraphType query) =>
        query.AddLookupAndList<Challenge, ChallengeFilter, ChallengeOrder, ChallengeType, ChallengeFilterType, ChallengeOrderType, ChallengeConnectionType>(
            "challenge", "challenges", new ChallengeOrder(ChallengeOrderField.DEADLINE), new ChallengeOrder(ChallengeOrderField.TITLE));
}
