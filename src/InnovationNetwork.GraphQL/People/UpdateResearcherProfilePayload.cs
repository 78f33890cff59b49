using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.People;

public sealed class UpdateResearcherProfilePayloadType() : UserErrorPayloadType<Core.People.Person, PersonType>(
    "UpdateResearcherProfilePayload", "The result of updateResearcherProfile.", "person", "The person as saved, with the new version; null when there are errors.");
