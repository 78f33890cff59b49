using InnovationNetwork.Core.Challenges;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Matching;

/// <summary>
/// A posted challenge read as a need: its title, description and keywords as the text, its specialisms,
/// TRL sought and place as preferences, and its poster (or the poster's organisation) as the asker, who
/// is not matched to its own challenge.
/// </summary>
public static class ChallengeNeed
{
    public static Need From(InnovationGraph graph, Challenge challenge)
    {
        var posters = graph.Incoming(challenge.Id, RelationshipType.POSTED).Select(r => r.From).ToArray();
        var organisations = posters
            .SelectMany(p => NodeLabels.FromId(p) == NodeLabel.Person ? graph.Outgoing(p, RelationshipType.WORKS_AT).Select(r => r.To) : [p])
            .Distinct()
            .ToArray();
        return new Need(string.Join(". ", new[] { challenge.Title, challenge.Description, string.Join(", ", challenge.Keywords) }.Where(t => !string.IsNullOrWhiteSpace(t))))
        {
            Specialisms = graph.Outgoing(challenge.Id, RelationshipType.APPLIES_TO).Select(r => r.To).ToArray(),
            Trl = challenge.TrlSought is >= 1 and <= 9 ? challenge.TrlSought : null,
            Places = graph.Outgoing(challenge.Id, RelationshipType.LOCATED_IN).Select(r => r.To).ToArray(),
            Asker = organisations.FirstOrDefault(),
            Exclude = organisations,
        };
    }
}
