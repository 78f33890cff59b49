using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Specialisms;

public sealed class AddSpecialismPayloadType() : UserErrorPayloadType<Core.Specialisms.Specialism, SpecialismType>(
    "AddSpecialismPayload", "The result of addSpecialism.", "specialism", "The specialism added; null when there are errors.");
