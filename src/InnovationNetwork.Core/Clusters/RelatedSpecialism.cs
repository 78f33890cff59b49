using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Clusters;

/// <summary>
/// Proximity φ = min(P(this | other), P(other | this)) = Shared ÷ max(N_this, N_other), where N counts
/// organisations whose portfolio holds the specialism (it or a sub-specialism) and Shared those holding both.
/// </summary>
public sealed record RelatedSpecialism(Specialism Specialism, double Proximity, int SharedOrganisations);
