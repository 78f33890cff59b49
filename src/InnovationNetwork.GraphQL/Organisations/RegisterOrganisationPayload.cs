using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Organisations;

public sealed class RegisterOrganisationPayloadType() : UserErrorPayloadType<Core.Organisations.Organisation, OrganisationType>(
    "RegisterOrganisationPayload", "The result of registerOrganisation.", "organisation", "The organisation registered; null when there are errors.");
