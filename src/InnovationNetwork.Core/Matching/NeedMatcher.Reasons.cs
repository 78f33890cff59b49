using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Projects;

namespace InnovationNetwork.Core.Matching;

// Why each match on the page ranked where it did, in plain words, strongest part first.
public sealed partial class NeedMatcher
{
    private const int NamesShown = 3;

    private IReadOnlyList<MatchReason> Reasons(InnovationGraph graph, Viewer viewer, Need need, Candidate c, MatchContext context)
    {
        var reasons = new List<(double Weight, MatchReason Reason)>();

        if (c.Profile > 0 && c.Mentions.Count > 0)
        {
            reasons.Add((c.Parts.Text * options.ProfileShare, new MatchReason(MatchReasonCodes.Text, $"mentions {Phrases.List(c.Mentions.Take(5).ToArray())}")));
        }

        if (c.Projects.Count > 0)
        {
            var best = c.Projects.OrderByDescending(p => p.Strength).Select(p => graph.Find<Project>(p.ProjectId)).OfType<Project>().ToArray();
            var about = context.ProjectMentions.GetValueOrDefault(best[0].Id, []).Take(4).ToArray();
            var names = Phrases.List(best.Take(NamesShown).Select(ProjectName).ToArray());
            var on = about.Length > 0 ? $" on {Phrases.List(about)}" : "";
            reasons.Add((c.Parts.Text * (1 - options.ProfileShare), new MatchReason(MatchReasonCodes.Projects,
                $"did {Phrases.Count(best.Length, "project")}{on}: {names}{(best.Length > NamesShown ? " …" : "")}")));
        }

        if (c.Specialism is { } pair && c.Parts.Specialism > 0)
        {
            reasons.Add((c.Parts.Specialism, new MatchReason(MatchReasonCodes.Specialism, SpecialismSentence(graph, pair, context.SpecialismsInferred))));
        }

        if (c.TrlCapability is { } capability && need.Trl is { } trl)
        {
            var range = TrlFit.Range(capability);
            var covers = (capability.TrlMin ?? 1) <= trl && trl <= (capability.TrlMax ?? 9);
            reasons.Add((c.Parts.Trl, new MatchReason(MatchReasonCodes.Trl,
                covers ? $"{range} covers TRL {trl} ({capability.Name})" : $"works at {range}, near the TRL {trl} sought ({capability.Name})")));
        }

        if (NetworkSentence(graph, need, c, options) is { } network)
        {
            reasons.Add((c.Parts.Network, new MatchReason(MatchReasonCodes.Network, network)));
        }

        if (c.Activity.Projects > 0)
        {
            reasons.Add((c.Parts.Activity, new MatchReason(MatchReasonCodes.Activity,
                $"took part in {Phrases.Count(c.Activity.Projects, "project")}, {c.Activity.RecentProjects} ending in the last five years")));
        }

        if (c.Place is { Place: { } place, Wanted: { } wanted } && c.Parts.Place > 0)
        {
            var here = graph.Find(place)?.DisplayName ?? place;
            var there = graph.Find(wanted)?.DisplayName ?? wanted;
            reasons.Add((c.Parts.Place, new MatchReason(MatchReasonCodes.Place,
                place == wanted ? $"based in {here}" : c.Parts.Place >= options.PlaceWeight ? $"based in {here}, within {there}" : $"based in {here}, next to {there}")));
        }

        return reasons.OrderByDescending(r => r.Weight).Select(r => r.Reason).ToArray();
    }

    private static string ProjectName(Project p) =>
        p.StartDate is { } start ? $"{p.Acronym ?? p.Title} ({start.Year})" : p.Acronym ?? p.Title;

    internal static string SpecialismSentence(InnovationGraph graph, SpecialismPair pair, bool inferred)
    {
        var offered = graph.Find(pair.Offered)?.DisplayName ?? pair.Offered;
        var needed = graph.Find(pair.Needed)?.DisplayName ?? pair.Needed;
        var sentence = pair.Relation switch
        {
            SpecialismRelation.Same => $"shares specialism {offered}",
            SpecialismRelation.Narrower => $"works in {offered}, part of {needed}",
            SpecialismRelation.Broader => $"works in {offered}, which includes {needed}",
            _ => $"works in {offered}, next to {needed}",
        };
        return sentence
            + (inferred ? $" (the need reads as {needed})" : "")
            + (pair.Inferred ? " (inferred from its text)" : "");
    }

    private static string? NetworkSentence(InnovationGraph graph, Need need, Candidate c, MatchingOptions options)
    {
        if (need.Asker is { } asker && graph.Find(asker) is { } askerNode && options.NetworkWeight > 0)
        {
            if (c.SharedWithAsker > 0)
            {
                return $"worked with {askerNode.DisplayName} on {Phrases.Count(c.SharedWithAsker, "project")}";
            }

            if (c.AskerPartners.Count > 0)
            {
                var names = c.AskerPartners.Take(NamesShown).Select(id => graph.Find(id)?.DisplayName ?? id).ToArray();
                return $"worked with {Phrases.Count(c.AskerPartners.Count, "partner")} of {askerNode.DisplayName}: {Phrases.List(names)}";
            }
        }

        if (c.StrongPartners.Count > 0 && options.ClusterWeight > 0)
        {
            var names = c.StrongPartners.Take(2).Select(s => s.Organisation.Name).ToArray();
            var others = c.StrongPartners.Count - names.Length;
            return $"worked with {Phrases.List(names)}{(others > 0 ? $" and {Phrases.Count(others, "other strong match", "other strong matches")}" : names.Length > 1 ? ", also strong matches" : ", also a strong match")}";
        }

        return null;
    }
}
