using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Challenges;

public sealed class UpdateChallengePayloadType() : UserErrorPayloadType<Core.Challenges.Challenge, ChallengeType>(
    "UpdateChallengePayload", "The result of updateChallenge.", "challenge", "The challenge as saved, with its new version; null when there are errors.");
