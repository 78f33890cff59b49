using InnovationNetwork.Core.Challenges;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Challenges;

public sealed class ChallengeStatusType() : DescribedEnumType<ChallengeStatus>("OPEN: taking answers; CLOSED: no longer.");
