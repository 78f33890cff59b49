namespace InnovationNetwork.Core.Graph;

/// <summary>Which labels each relationship type may join: the graph's schema.</summary>
public static class RelationshipRules
{
    private static readonly Dictionary<RelationshipType, (NodeLabel[] From, NodeLabel[] To)> Rules = new()
    {
        [RelationshipType.LOCATED_IN] = ([NodeLabel.Organisation, NodeLabel.Person, NodeLabel.Project, NodeLabel.Capability, NodeLabel.Challenge, NodeLabel.Place], [NodeLabel.Place]),
        [RelationshipType.SPECIALISES_IN] = ([NodeLabel.Organisation, NodeLabel.Person], [NodeLabel.Specialism]),
        [RelationshipType.SUBSPECIALISM_OF] = ([NodeLabel.Specialism], [NodeLabel.Specialism]),
        [RelationshipType.WORKS_AT] = ([NodeLabel.Person], [NodeLabel.Organisation]),
        [RelationshipType.OFFERS] = ([NodeLabel.Organisation, NodeLabel.Person], [NodeLabel.Capability]),
        [RelationshipType.APPLIES_TO] = ([NodeLabel.Capability, NodeLabel.Challenge, NodeLabel.Project], [NodeLabel.Specialism]),
        [RelationshipType.PARTICIPATES_IN] = ([NodeLabel.Organisation, NodeLabel.Person], [NodeLabel.Project]),
        [RelationshipType.ADDRESSES] = ([NodeLabel.Project, NodeLabel.Capability], [NodeLabel.Challenge]),
        [RelationshipType.FUNDED_BY] = ([NodeLabel.Project], [NodeLabel.Organisation]),
        [RelationshipType.POSTED] = ([NodeLabel.Organisation, NodeLabel.Person], [NodeLabel.Challenge]),
    };

    public static IReadOnlyList<NodeLabel> AllowedFrom(RelationshipType type) => Rules[type].From;

    public static IReadOnlyList<NodeLabel> AllowedTo(RelationshipType type) => Rules[type].To;

    public static bool Allows(RelationshipType type, NodeLabel from, NodeLabel to) =>
        Array.IndexOf(Rules[type].From, from) >= 0 && Array.IndexOf(Rules[type].To, to) >= 0;
}
