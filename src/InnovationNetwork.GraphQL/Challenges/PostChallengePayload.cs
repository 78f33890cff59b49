using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Challenges;

public sealed class PostChallengePayloadType() : UserErrorPayloadType<Core.Challenges.Challenge, ChallengeType>(
    "PostChallengePayload", "The result of postChallenge.", "challenge", "The challenge posted; null when there are errors.");
