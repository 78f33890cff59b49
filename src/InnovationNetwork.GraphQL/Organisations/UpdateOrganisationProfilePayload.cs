using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Organisations;

public sealed class UpdateOrganisationProfilePayloadType() : UserErrorPayloadType<Core.Organisations.Organisation, OrganisationType>(
    "UpdateOrganisationProfilePayload", "The result of updateOrganisationProfile.", "organisation", "The organisation as saved, with its new version; null when there are errors.");
