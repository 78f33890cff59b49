using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.People;

public sealed class RegisterResearcherPayloadType() : UserErrorPayloadType<Core.People.Person, PersonType>(
    "RegisterResearcherPayload", "The result of registerResearcher.", "person", "The person registered; null when there are errors.");
