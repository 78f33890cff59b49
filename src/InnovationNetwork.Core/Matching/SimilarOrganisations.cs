using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;

namespace InnovationNetwork.Core.Matching;

/// <summary>"More like this": organisations whose text reads most like this one's, with the words they share.</summary>
public sealed class SimilarOrganisations(ISearchIndex index)
{
    public IReadOnlyList<OrganisationMatch> Find(InnovationGraph graph, Viewer viewer, string organisationId, int limit)
    {
        var similar = index.MoreLikeThis(organisationId, limit, viewer);
        if (similar.Matches.Count == 0)
        {
            return [];
        }

        var top = similar.Matches[0].Score;
        return similar.Matches
            .Select(m => (Match: m, Organisation: graph.Find<Organisation>(m.Id)))
            .Where(x => x.Organisation is not null && viewer.CanSee(graph, x.Organisation))
            .Select(x =>
            {
                var strength = x.Match.Score / top;
                var words = x.Match.Mentions.Take(5).ToArray();
                IReadOnlyList<MatchReason> reasons = words.Length == 0 ? [] : [new MatchReason(MatchReasonCodes.Text, $"also mentions {Phrases.List(words)}")];
                return new OrganisationMatch(x.Organisation!, strength, MatchParts.Zero with { Text = strength }, reasons);
            })
            .ToArray();
    }
}
