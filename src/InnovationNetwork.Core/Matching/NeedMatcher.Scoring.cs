using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Matching;

// The parts of each candidate's score.
public sealed partial class NeedMatcher
{
    private void Score(MatchContext context, List<Candidate> candidates, Viewer viewer)
    {
        if (candidates.Count == 0)
        {
            return;
        }

        var graph = context.Graph;
        var need = context.Need;
        var maxEvidence = Math.Max(candidates.Max(c => c.ProjectEvidence), 1e-9);
        foreach (var c in candidates)
        {
            c.ProjectStrength = c.ProjectEvidence / maxEvidence;
            c.Text = options.ProfileShare * c.Profile + (1 - options.ProfileShare) * c.ProjectStrength;
            c.Activity = _activity.Of(graph, c.Organisation.Id, context.AsOf, options.ActivityHalfLifeYears);
        }

        var maxActivity = candidates.Max(c => c.Activity.Amount);
        var network = Network(context, candidates, viewer);
        foreach (var c in candidates)
        {
            var (specialism, pair) = SpecialismFit.Score(graph, context.Specialisms, SpecialismFit.Of(graph, c.Organisation.Id));
            c.Specialism = pair;
            var (trl, capability) = TrlFit.Score(graph, c.Organisation.Id, need.Trl);
            c.TrlCapability = capability;
            var (place, located, wanted) = PlaceFit.Score(graph, c.Organisation.Id, need.Places);
            c.Place = (located, wanted);
            var (asker, cluster) = network.GetValueOrDefault(c);
            c.Strengths = new MatchParts(c.Text, specialism, trl, Math.Max(asker, cluster), ActivityPrior.Strength(c.Activity.Amount, maxActivity), place);
            c.Parts = new MatchParts(
                options.TextWeight * c.Strengths.Text,
                (context.SpecialismsInferred ? options.InferredSpecialismShare : 1) * options.SpecialismWeight * c.Strengths.Specialism,
                options.TrlWeight * c.Strengths.Trl,
                options.NetworkWeight * asker + options.ClusterWeight * cluster,
                options.ActivityWeight * c.Strengths.Activity,
                options.PlaceWeight * c.Strengths.Place);
            c.ClusterStrength = cluster;
        }
    }

    /// <summary>
    /// Ties to the other strong matches (the best <see cref="MatchingOptions.StrongMatches"/> by text): an
    /// organisation that worked with many of them sits in the need's cluster. With an asker, closeness to it:
    /// a past partner fully, a partner of its partners in part. Each is 0–1; either is skipped when its
    /// weight is 0.
    /// </summary>
    private Dictionary<Candidate, (double Asker, double Cluster)> Network(MatchContext context, List<Candidate> candidates, Viewer viewer)
    {
        var cluster = options.ClusterWeight > 0 ? Cluster(context.Graph, candidates) : [];
        var asker = options.NetworkWeight > 0 ? AskerCloseness(context, candidates, viewer) : null;
        var maxCluster = cluster.Values.DefaultIfEmpty(0).Max();
        var result = new Dictionary<Candidate, (double, double)>();
        foreach (var c in candidates)
        {
            result[c] = (asker?.GetValueOrDefault(c) ?? 0, maxCluster > 0 ? cluster[c] / maxCluster : 0);
        }

        return result;
    }

    private Dictionary<Candidate, double> Cluster(InnovationGraph graph, List<Candidate> candidates)
    {
        var strong = candidates.OrderByDescending(c => c.Text).Take(options.StrongMatches).Where(c => c.Text > 0).ToList();
        var strongByProject = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        foreach (var s in strong)
        {
            foreach (var p in graph.Outgoing(s.Organisation.Id, RelationshipType.PARTICIPATES_IN))
            {
                (strongByProject.TryGetValue(p.To, out var list) ? list : strongByProject[p.To] = []).Add(s);
            }
        }

        var cluster = new Dictionary<Candidate, double>();
        foreach (var c in candidates)
        {
            var partners = new HashSet<Candidate>();
            foreach (var p in graph.Outgoing(c.Organisation.Id, RelationshipType.PARTICIPATES_IN))
            {
                if (strongByProject.TryGetValue(p.To, out var list))
                {
                    partners.UnionWith(list.Where(s => s != c));
                }
            }

            c.StrongPartners.AddRange(partners.OrderByDescending(s => s.Text));
            cluster[c] = partners.Sum(s => s.Text);
        }

        return cluster;
    }

    /// <summary>Past partners of the asker count 0.6 plus 0.4 by shared projects (three or more: all); partners of its partners up to 0.4.</summary>
    private static Dictionary<Candidate, double>? AskerCloseness(MatchContext context, List<Candidate> candidates, Viewer viewer)
    {
        if (context.Need.Asker is not { } asker || context.Graph.Find(asker) is null)
        {
            return null;
        }

        var graph = context.Graph;
        var shared = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in graph.Outgoing(asker, RelationshipType.PARTICIPATES_IN))
        {
            foreach (var other in graph.Incoming(p.To, RelationshipType.PARTICIPATES_IN))
            {
                if (other.From != asker && NodeLabels.FromId(other.From) == NodeLabel.Organisation)
                {
                    shared[other.From] = shared.GetValueOrDefault(other.From) + 1;
                }
            }
        }

        var closeness = new Dictionary<Candidate, double>();
        foreach (var c in candidates)
        {
            if (shared.TryGetValue(c.Organisation.Id, out var count))
            {
                c.SharedWithAsker = count;
                closeness[c] = 0.6 + 0.4 * Math.Min(1, count / 3.0);
                continue;
            }

            var partnersOfAsker = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in graph.Outgoing(c.Organisation.Id, RelationshipType.PARTICIPATES_IN))
            {
                foreach (var other in graph.Incoming(p.To, RelationshipType.PARTICIPATES_IN))
                {
                    if (shared.ContainsKey(other.From) && graph.Find(other.From) is { } partner && viewer.CanSee(graph, partner))
                    {
                        partnersOfAsker.Add(other.From);
                    }
                }
            }

            if (partnersOfAsker.Count > 0)
            {
                c.AskerPartners.AddRange(partnersOfAsker.OrderByDescending(id => shared[id]));
                closeness[c] = 0.4 * Math.Min(1, partnersOfAsker.Count / 3.0);
            }
        }

        return closeness;
    }
}
