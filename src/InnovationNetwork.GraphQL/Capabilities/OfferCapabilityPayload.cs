using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Capabilities;

public sealed class OfferCapabilityPayloadType() : UserErrorPayloadType<Core.Capabilities.Capability, CapabilityType>(
    "OfferCapabilityPayload", "The result of offerCapability.", "capability", "The capability offered; null when there are errors.");
