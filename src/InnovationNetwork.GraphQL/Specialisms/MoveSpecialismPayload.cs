using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Specialisms;

public sealed class MoveSpecialismPayloadType() : UserErrorPayloadType<Core.Specialisms.Specialism, SpecialismType>(
    "MoveSpecialismPayload", "The result of moveSpecialism.", "specialism", "The specialism moved; null when there are errors.");
