using GraphQL.Types;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Capabilities;

public sealed class WithdrawCapabilityPayloadType() : UserErrorPayloadType<string, IdGraphType>(
    "WithdrawCapabilityPayload", "The result of withdrawCapability.", "withdrawnCapabilityId", "The id of the capability withdrawn; null when there are errors.");
