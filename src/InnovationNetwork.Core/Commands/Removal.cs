using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Commands;

/// <summary>What removing an organisation or a person takes with it.</summary>
public static class Removal
{
    /// <summary>
    /// Removes the holder, then the capabilities it alone offers and the challenges it alone posted, which would
    /// otherwise be left without anyone who may edit them.
    /// </summary>
    public static IReadOnlyList<Change> Of(InnovationGraph graph, string holderId)
    {
        var orphans = graph.Outgoing(holderId, RelationshipType.OFFERS)
            .Concat(graph.Outgoing(holderId, RelationshipType.POSTED))
            .Select(r => r.To)
            .Where(owned => graph.Incoming(owned).All(r => r.From == holderId || r.Type is not (RelationshipType.OFFERS or RelationshipType.POSTED)))
            .Distinct(StringComparer.Ordinal);
        return [new RemoveNode(holderId), .. orphans.Select(id => new RemoveNode(id))];
    }
}
