using GraphQL.Types;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Organisations;

public sealed class RemoveOrganisationPayloadType() : UserErrorPayloadType<string, IdGraphType>(
    "RemoveOrganisationPayload", "The result of removeOrganisation.", "removedOrganisationId", "The id of the organisation removed; null when there are errors.");
