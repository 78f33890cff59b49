using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.Core.Matching;

/// <summary>
/// "Match what is needed with what is possible": ranks organisations for a need by text relevance,
/// specialism overlap, TRL fit, network proximity, activity and place, weighted by
/// <see cref="MatchingOptions"/>, and says why for each. Candidates are the organisations whose own text
/// matches best and the participants of the best-matching projects (and, when the need names
/// specialisms, the organisations in them); private organisations only reach those who may see them.
/// </summary>
public sealed partial class NeedMatcher(ISearchIndex index, MatchingOptions options, TimeProvider clock)
{
    private readonly ActivityCache _activity = new();

    public MatchingOptions Options => options;

    /// <summary>One page of matches for a need that passed <see cref="NeedChecks"/>.</summary>
    public MatchPage Match(InnovationGraph graph, Viewer viewer, Need need, int offset, int limit)
    {
        var ranked = Rank(graph, viewer, need);
        var page = ranked.Skip(offset).Take(limit).ToArray();
        return new MatchPage(page.Select(c => c.ToMatch(Reasons(graph, viewer, need, c, ranked.Context))).ToArray(), offset, ranked.Count);
    }

    /// <summary>The ranked candidates with their parts (no reasons): what the evaluation and the benchmarks measure.</summary>
    public RankedCandidates Rank(InnovationGraph graph, Viewer viewer, Need need)
    {
        var asOf = need.AsOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var context = new MatchContext(graph, need, asOf);
        var candidates = new Dictionary<string, Candidate>(StringComparer.Ordinal);

        if (!string.IsNullOrWhiteSpace(need.Text))
        {
            var answers = index.MatchText(need.Text,
                [
                    new TextMatchTarget(SearchableType.ORGANISATION, options.TextCandidates) { Filter = new SearchFilter { Kinds = need.Kinds } },
                    new TextMatchTarget(SearchableType.PROJECT, options.ProjectCandidates),
                ], viewer);
            var organisations = answers[0];
            var top = organisations.Matches.Count == 0 ? 1 : organisations.Matches[0].Score;
            foreach (var match in organisations.Matches)
            {
                if (Get(candidates, graph, match.Id) is { } candidate)
                {
                    candidate.Profile = match.Score / top;
                    candidate.Mentions = match.Mentions;
                }
            }

            AddProjectEvidence(graph, candidates, context, answers[1]);
        }

        context.Specialisms = need.Specialisms.Count > 0
            ? need.Specialisms.Select(s => (s, 1.0)).ToArray()
            : options.InferredSpecialismShare > 0 && options.SpecialismWeight > 0 && !string.IsNullOrWhiteSpace(need.Text)
                ? index.SuggestSpecialisms(need.Text, 3).Select(s => (s.SpecialismId, s.Confidence)).ToArray()
                : [];
        if (need.Specialisms.Count > 0)
        {
            AddSpecialists(graph, candidates, need.Specialisms);
        }

        var kept = candidates.Values
            .Where(c => Keeps(graph, viewer, need, c.Organisation))
            .ToList();
        Score(context, kept, viewer);
        var ranked = kept
            .Where(c => c.Parts.Sum > 0)
            .OrderByDescending(c => c.Parts.Sum)
            .ThenBy(c => c.Organisation.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Organisation.Id, StringComparer.Ordinal)
            .ToArray();
        return new RankedCandidates(ranked, context);
    }

    private static bool Keeps(InnovationGraph graph, Viewer viewer, Need need, Organisation organisation) =>
        viewer.CanSee(graph, organisation)
        && (need.Kinds.Count == 0 || need.Kinds.Contains(organisation.Kind))
        && organisation.Id != need.Asker
        && !need.Exclude.Contains(organisation.Id);

    private static Candidate? Get(Dictionary<string, Candidate> candidates, InnovationGraph graph, string id)
    {
        if (candidates.TryGetValue(id, out var candidate))
        {
            return candidate;
        }

        if (graph.Find<Organisation>(id) is not { } organisation)
        {
            return null;
        }

        return candidates[id] = new Candidate(organisation);
    }

    /// <summary>Each participant of a matching project gains that project's (normalised) score.</summary>
    private static void AddProjectEvidence(InnovationGraph graph, Dictionary<string, Candidate> candidates, MatchContext context, TextMatches projects)
    {
        if (projects.Matches.Count == 0)
        {
            return;
        }

        var top = projects.Matches[0].Score;
        foreach (var project in projects.Matches)
        {
            var strength = project.Score / top;
            foreach (var participation in graph.Incoming(project.Id, RelationshipType.PARTICIPATES_IN))
            {
                if (NodeLabels.FromId(participation.From) == NodeLabel.Organisation && Get(candidates, graph, participation.From) is { } candidate)
                {
                    candidate.ProjectEvidence += strength;
                    candidate.Projects.Add((project.Id, strength));
                }
            }

            context.ProjectMentions[project.Id] = project.Mentions;
        }
    }

    private const int MaxSpecialists = 500;

    private static void AddSpecialists(InnovationGraph graph, Dictionary<string, Candidate> candidates, IReadOnlyList<string> specialisms)
    {
        var added = 0;
        foreach (var specialism in specialisms.SelectMany(s => Trees.SelfAndDescendants(graph, s)).Distinct())
        {
            foreach (var r in graph.Incoming(specialism, RelationshipType.SPECIALISES_IN))
            {
                if (added++ >= MaxSpecialists)
                {
                    return;
                }

                if (NodeLabels.FromId(r.From) == NodeLabel.Organisation)
                {
                    Get(candidates, graph, r.From);
                }
            }
        }
    }
}
