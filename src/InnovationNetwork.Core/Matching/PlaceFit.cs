using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.Core.Matching;

/// <summary>Being in a place the need names counts 1; being elsewhere under the same region or area (a neighbouring authority) 0.4.</summary>
public static class PlaceFit
{
    public static (double Strength, string? Place, string? Wanted) Score(InnovationGraph graph, string organisationId, IReadOnlyList<string> wanted)
    {
        if (wanted.Count == 0)
        {
            return (0, null, null);
        }

        var best = (Strength: 0.0, Place: (string?)null, Wanted: (string?)null);
        foreach (var located in graph.Outgoing(organisationId, RelationshipType.LOCATED_IN))
        {
            foreach (var place in wanted)
            {
                if (located.To == place || Trees.IsBelow(graph, located.To, place))
                {
                    return (1, located.To, place);
                }

                // Places that share a region or an area are neighbours; regions that only share the country are not.
                if (best.Strength < 0.4 && Trees.Parent(graph, place, RelationshipType.LOCATED_IN) is { } parent && Trees.IsBelow(graph, located.To, parent)
                    && graph.Find<Place>(parent) is { Level: not PlaceLevel.COUNTRY })
                {
                    best = (0.4, located.To, place);
                }
            }
        }

        return best;
    }
}
