using GraphQL.Types;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.People;

public sealed class RemovePersonPayloadType() : UserErrorPayloadType<string, IdGraphType>(
    "RemovePersonPayload", "The result of removePerson.", "removedPersonId", "The id of the person removed; null when there are errors.");
