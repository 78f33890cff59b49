using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Challenges;

public sealed class CloseChallengePayloadType() : UserErrorPayloadType<Core.Challenges.Challenge, ChallengeType>(
    "CloseChallengePayload", "The result of closeChallenge.", "challenge", "The challenge, now CLOSED; null when there are errors.");
