using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Organisations;

public sealed class MergeOrganisationsPayloadType() : UserErrorPayloadType<Core.Organisations.Organisation, OrganisationType>(
    "MergeOrganisationsPayload", "The result of mergeOrganisations.", "organisation", "The kept organisation after the merge; null when there are errors.");
