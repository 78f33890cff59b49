namespace InnovationNetwork.Core.Capabilities;

/// <summary>What is on offer: know-how, a facility, a service or a product.</summary>
public enum CapabilityKind
{
    EXPERTISE,
    FACILITY,
    SERVICE,
    PRODUCT,
}
