using InnovationNetwork.Core.Challenges;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Challenges;

public sealed class ChallengeOrderType() : OrderInputType<ChallengeOrder, ChallengeOrderFieldType>("challenges");
