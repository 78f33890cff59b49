using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;

namespace InnovationNetwork.Core.Matching;

/// <summary>
/// Suggests partners an organisation has not worked with yet: partners of its partners (the more of them,
/// the stronger), organisations whose work reads like its own, and organisations in specialisms next to
/// its own (a sibling counts most: complementary, not the same), with activity and a shared place as
/// tie-breakers. Current collaborators and organisations the viewer may not see are never suggested.
/// </summary>
public sealed class PartnerSuggester(ISearchIndex index, MatchingOptions options, TimeProvider clock)
{
    /// <summary>Partners whose own partners are walked, strongest first, and how many similar organisations are asked for.</summary>
    private const int PartnersWalked = 50;
    private const int SimilarAsked = 100;
    private const int SpecialistsAsked = 200;

    public IReadOnlyList<OrganisationMatch> Suggest(InnovationGraph graph, Viewer viewer, string organisationId, int limit)
    {
        if (graph.Find<Organisation>(organisationId) is not { } self || limit <= 0)
        {
            return [];
        }

        var current = CurrentPartners(graph, organisationId);
        var candidates = new Dictionary<string, PartnerCandidate>(StringComparer.Ordinal);
        PartnerCandidate? Get(string id) =>
            id == organisationId || current.ContainsKey(id) || graph.Find<Organisation>(id) is not { } o || !viewer.CanSee(graph, o)
                ? null
                : candidates.TryGetValue(id, out var c) ? c : candidates[id] = new PartnerCandidate(o);

        foreach (var (partner, _) in current.OrderByDescending(kv => kv.Value).Take(PartnersWalked))
        {
            if (graph.Find(partner) is not { } partnerNode || !viewer.CanSee(graph, partnerNode))
            {
                continue;
            }

            foreach (var id in CurrentPartners(graph, partner).Keys)
            {
                Get(id)?.Via.Add(partner);
            }
        }

        var similar = index.MoreLikeThis(organisationId, SimilarAsked, viewer);
        var topSimilar = similar.Matches.Count == 0 ? 1 : similar.Matches[0].Score;
        foreach (var match in similar.Matches)
        {
            if (Get(match.Id) is { } candidate)
            {
                candidate.Similarity = match.Score / topSimilar;
                candidate.Mentions = match.Mentions;
            }
        }

        var own = SpecialismFit.Of(graph, organisationId);
        foreach (var neighbour in own.SelectMany(s => Neighbours(graph, s.Id)).Distinct().SelectMany(s => graph.Incoming(s, RelationshipType.SPECIALISES_IN)).Take(SpecialistsAsked))
        {
            Get(neighbour.From);
        }

        return Rank(graph, self, own, candidates.Values, limit);
    }

    private IReadOnlyList<OrganisationMatch> Rank(InnovationGraph graph, Organisation self, IReadOnlyList<(string Id, double Confidence)> own,
        IEnumerable<PartnerCandidate> candidates, int limit)
    {
        var list = candidates.ToList();
        if (list.Count == 0)
        {
            return [];
        }

        var asOf = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var activity = list.ToDictionary(c => c, c => ActivityPrior.Of(graph, c.Organisation.Id, asOf, options.ActivityHalfLifeYears));
        var maxActivity = activity.Values.Max(a => a.Amount);
        var maxVia = Math.Max(list.Max(c => c.Via.Count), 1);
        var places = graph.Outgoing(self.Id, RelationshipType.LOCATED_IN).Select(r => r.To).ToArray();
        foreach (var c in list)
        {
            var (complement, pair) = Complement(graph, own, SpecialismFit.Of(graph, c.Organisation.Id));
            c.Specialism = pair;
            var (place, located, _) = PlaceFit.Score(graph, c.Organisation.Id, places);
            c.Place = place >= 1 ? located : null;
            c.Parts = new MatchParts(
                options.PartnerTextWeight * c.Similarity,
                options.PartnerSpecialismWeight * complement,
                0,
                options.PartnerNetworkWeight * Math.Log(1 + c.Via.Count) / Math.Log(1 + maxVia),
                options.PartnerActivityWeight * ActivityPrior.Strength(activity[c].Amount, maxActivity),
                options.PartnerPlaceWeight * place);
        }

        return list
            .Where(c => c.Via.Count > 0 || c.Similarity > 0 || c.Parts.Specialism > 0)
            .OrderByDescending(c => c.Parts.Sum)
            .ThenBy(c => c.Organisation.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Organisation.Id, StringComparer.Ordinal)
            .Take(limit)
            .Select(c => new OrganisationMatch(c.Organisation, c.Parts.Sum, c.Parts, Reasons(graph, self, c)))
            .ToArray();
    }

    private static IReadOnlyList<MatchReason> Reasons(InnovationGraph graph, Organisation self, PartnerCandidate c)
    {
        var reasons = new List<(double, MatchReason)>();
        if (c.Via.Count > 0)
        {
            var names = c.Via.Take(3).Select(id => graph.Find(id)?.DisplayName ?? id).ToArray();
            reasons.Add((c.Parts.Network, new MatchReason(MatchReasonCodes.Network,
                $"worked with {Phrases.Count(c.Via.Count, "of your partners", "of your partners")}: {Phrases.List(names)}{(c.Via.Count > 3 ? " …" : "")}")));
        }

        if (c.Similarity > 0 && c.Mentions.Count > 0)
        {
            reasons.Add((c.Parts.Text, new MatchReason(MatchReasonCodes.Text, $"similar work: also mentions {Phrases.List(c.Mentions.Take(5).ToArray())}")));
        }

        if (c.Specialism is { } pair && c.Parts.Specialism > 0)
        {
            var theirs = graph.Find(pair.Offered)?.DisplayName ?? pair.Offered;
            var yours = graph.Find(pair.Needed)?.DisplayName ?? pair.Needed;
            reasons.Add((c.Parts.Specialism, new MatchReason(MatchReasonCodes.Specialism, pair.Relation == SpecialismRelation.Same
                ? $"also works in {theirs}"
                : $"works in {theirs}, next to your {yours}")));
        }

        if (c.Place is { } place)
        {
            reasons.Add((c.Parts.Place, new MatchReason(MatchReasonCodes.Place, $"also based in {graph.Find(place)?.DisplayName ?? place}")));
        }

        return reasons.OrderByDescending(r => r.Item1).Select(r => r.Item2).ToArray();
    }

    /// <summary>Related but different specialisms complement each other best: a sibling 1, a parent or child 0.6, the same 0.4.</summary>
    private static (double, SpecialismPair?) Complement(InnovationGraph graph, IReadOnlyList<(string Id, double Confidence)> own, IReadOnlyList<(string Id, double Confidence)> theirs)
    {
        var best = (Value: 0.0, Pair: (SpecialismPair?)null);
        foreach (var (mine, myConfidence) in own)
        {
            foreach (var (other, confidence) in theirs)
            {
                var relation = SpecialismFit.Relation(graph, mine, other);
                var value = relation switch
                {
                    SpecialismRelation.Sibling => 1.0,
                    SpecialismRelation.Narrower or SpecialismRelation.Broader => 0.6,
                    SpecialismRelation.Same => 0.4,
                    _ => 0,
                } * myConfidence * confidence;
                if (value > best.Value)
                {
                    best = (value, new SpecialismPair(mine, other, relation, confidence < 1));
                }
            }
        }

        return best;
    }

    private static IEnumerable<string> Neighbours(InnovationGraph graph, string specialism)
    {
        yield return specialism;
        if (Querying.Trees.Parent(graph, specialism, RelationshipType.SUBSPECIALISM_OF) is { } parent)
        {
            yield return parent;
            foreach (var sibling in graph.Incoming(parent, RelationshipType.SUBSPECIALISM_OF))
            {
                yield return sibling.From;
            }
        }

        foreach (var child in graph.Incoming(specialism, RelationshipType.SUBSPECIALISM_OF))
        {
            yield return child.From;
        }
    }

    /// <summary>Every organisation that shares a project with this one, with how many projects.</summary>
    private static Dictionary<string, int> CurrentPartners(InnovationGraph graph, string organisationId)
    {
        var partners = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in graph.Outgoing(organisationId, RelationshipType.PARTICIPATES_IN))
        {
            foreach (var other in graph.Incoming(p.To, RelationshipType.PARTICIPATES_IN))
            {
                if (other.From != organisationId && NodeLabels.FromId(other.From) == NodeLabel.Organisation)
                {
                    partners[other.From] = partners.GetValueOrDefault(other.From) + 1;
                }
            }
        }

        return partners;
    }

    private sealed class PartnerCandidate(Organisation organisation)
    {
        public Organisation Organisation { get; } = organisation;
        public List<string> Via { get; } = [];
        public double Similarity { get; set; }
        public IReadOnlyList<string> Mentions { get; set; } = [];
        public SpecialismPair? Specialism { get; set; }
        public string? Place { get; set; }
        public MatchParts Parts { get; set; } = MatchParts.Zero;
    }
}
