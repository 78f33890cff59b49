namespace InnovationNetwork.Core.Graph;

/// <summary>The ten relationship types; <see cref="RelationshipRules"/> says which labels each may join.</summary>
public enum RelationshipType
{
    LOCATED_IN,
    SPECIALISES_IN,
    SUBSPECIALISM_OF,
    WORKS_AT,
    OFFERS,
    APPLIES_TO,
    PARTICIPATES_IN,
    ADDRESSES,
    FUNDED_BY,
    POSTED,
}
