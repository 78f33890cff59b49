using InnovationNetwork.Core.Challenges;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Challenges;

public sealed class ChallengeOrderFieldType() : DescribedEnumType<ChallengeOrderField>("What challenges can be sorted by.");
