using InnovationNetwork.Core.Challenges;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Challenges;

public sealed class ChallengeConnectionType() : ConnectionType<ChallengeType, Challenge>("Challenge");
