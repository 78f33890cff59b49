using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Matching;

/// <summary>
/// Whether an organisation works at the TRL a need seeks: 1 when one of its capabilities' ranges covers
/// it, less the further the nearest range is (0.65 one level off, 0.3 two), 0 without any stated range.
/// </summary>
public static class TrlFit
{
    public static (double Strength, Capability? Nearest) Score(InnovationGraph graph, string organisationId, int? trl)
    {
        if (trl is not { } sought)
        {
            return (0, null);
        }

        Capability? nearest = null;
        var distance = int.MaxValue;
        foreach (var offer in graph.Outgoing(organisationId, RelationshipType.OFFERS))
        {
            if (graph.Find<Capability>(offer.To) is not { } capability || (capability.TrlMin is null && capability.TrlMax is null))
            {
                continue;
            }

            var min = capability.TrlMin ?? 1;
            var max = capability.TrlMax ?? 9;
            var d = sought < min ? min - sought : sought > max ? sought - max : 0;
            if (d < distance)
            {
                distance = d;
                nearest = capability;
            }
        }

        return nearest is null ? (0, null) : (Math.Max(0, 1 - 0.35 * distance), nearest);
    }

    public static string Range(Capability capability) =>
        capability.TrlMin == capability.TrlMax ? $"TRL {capability.TrlMin}" : $"TRL {capability.TrlMin ?? 1}–{capability.TrlMax ?? 9}";
}
