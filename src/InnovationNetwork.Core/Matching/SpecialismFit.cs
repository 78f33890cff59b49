using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.Core.Matching;

/// <summary>
/// How close an organisation's specialisms are to the ones a need names, walking the specialism tree:
/// the same specialism counts 1, one below it (more specific) 0.8, one above it 0.5, a sibling 0.3.
/// Inferred specialisms count by their confidence, as do specialisms inferred for the need.
/// </summary>
public static class SpecialismFit
{
    public const double Same = 1.0;
    public const double Narrower = 0.8;
    public const double Broader = 0.5;
    public const double Sibling = 0.3;

    /// <summary>The organisation's specialisms with their confidence (1 unless inferred).</summary>
    public static IReadOnlyList<(string Id, double Confidence)> Of(InnovationGraph graph, string organisationId) =>
        graph.Outgoing(organisationId, RelationshipType.SPECIALISES_IN).Select(r => (r.To, r.Confidence ?? 1.0)).ToArray();

    public static (double Strength, SpecialismPair? Best) Score(
        InnovationGraph graph, IReadOnlyList<(string Id, double Confidence)> needed, IReadOnlyList<(string Id, double Confidence)> offered)
    {
        if (needed.Count == 0 || offered.Count == 0)
        {
            return (0, null);
        }

        double total = 0, weights = 0, bestValue = 0;
        SpecialismPair? best = null;
        foreach (var (need, needConfidence) in needed)
        {
            var bestForNeed = 0.0;
            foreach (var (offer, offerConfidence) in offered)
            {
                var relation = Relation(graph, need, offer);
                var value = Closeness(relation) * offerConfidence;
                if (value > bestForNeed)
                {
                    bestForNeed = value;
                }

                if (value * needConfidence > bestValue)
                {
                    bestValue = value * needConfidence;
                    best = new SpecialismPair(need, offer, relation, offerConfidence < 1);
                }
            }

            total += needConfidence * bestForNeed;
            weights += needConfidence;
        }

        return (weights == 0 ? 0 : total / weights, best);
    }

    public static SpecialismRelation Relation(InnovationGraph graph, string need, string offer)
    {
        if (need == offer)
        {
            return SpecialismRelation.Same;
        }

        if (Trees.IsBelow(graph, offer, need))
        {
            return SpecialismRelation.Narrower;
        }

        if (Trees.IsBelow(graph, need, offer))
        {
            return SpecialismRelation.Broader;
        }

        var needParent = Trees.Parent(graph, need, RelationshipType.SUBSPECIALISM_OF);
        return needParent is not null && needParent == Trees.Parent(graph, offer, RelationshipType.SUBSPECIALISM_OF)
            ? SpecialismRelation.Sibling
            : SpecialismRelation.None;
    }

    public static double Closeness(SpecialismRelation relation) => relation switch
    {
        SpecialismRelation.Same => Same,
        SpecialismRelation.Narrower => Narrower,
        SpecialismRelation.Broader => Broader,
        SpecialismRelation.Sibling => Sibling,
        _ => 0,
    };
}

public enum SpecialismRelation
{
    None,
    Same,
    Narrower,
    Broader,
    Sibling,
}

/// <summary>The closest pair of a needed and an offered specialism, for the reason.</summary>
public sealed record SpecialismPair(string Needed, string Offered, SpecialismRelation Relation, bool Inferred);
