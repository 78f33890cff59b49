using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Projects;

namespace InnovationNetwork.Core.Organisations;

/// <summary>
/// Collaboration between organisations is derived from shared projects: two organisations collaborate
/// when both PARTICIPATE_IN one project. Strongest partners (most shared projects) first.
/// </summary>
public static class Collaborations
{
    public static IReadOnlyList<Collaboration> Of(InnovationGraph graph, Viewer viewer, string organisationId)
    {
        var shared = new Dictionary<string, List<Project>>(StringComparer.Ordinal);
        foreach (var participation in graph.Outgoing(organisationId, RelationshipType.PARTICIPATES_IN))
        {
            if (graph.Find<Project>(participation.To) is not { } project)
            {
                continue;
            }

            foreach (var other in graph.Incoming(project.Id, RelationshipType.PARTICIPATES_IN))
            {
                if (other.From != organisationId && NodeLabels.FromId(other.From) == NodeLabel.Organisation)
                {
                    (shared.TryGetValue(other.From, out var list) ? list : shared[other.From] = []).Add(project);
                }
            }
        }

        return shared
            .Select(kv => (Partner: graph.Find<Organisation>(kv.Key), Projects: kv.Value))
            .Where(x => x.Partner is not null && viewer.CanSee(graph, x.Partner))
            .Select(x => new Collaboration(x.Partner!, x.Projects))
            .OrderByDescending(c => c.SharedProjectCount)
            .ThenBy(c => c.Partner.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Partner.Id, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// How many distinct organisations <paramref name="viewer"/> may see share at least one project with this one:
    /// a private partner is counted only for those who may see it, or the count would reveal it.
    /// </summary>
    public static int Count(InnovationGraph graph, Viewer viewer, string organisationId) =>
        Partners(graph, organisationId).Count(id => graph.Find(id) is { } partner && viewer.CanSee(graph, partner));

    /// <summary>How many distinct organisations share at least one project with this one, private ones included.</summary>
    public static int Count(InnovationGraph graph, string organisationId) => Partners(graph, organisationId).Count;

    private static HashSet<string> Partners(InnovationGraph graph, string organisationId)
    {
        var partners = new HashSet<string>(StringComparer.Ordinal);
        foreach (var participation in graph.Outgoing(organisationId, RelationshipType.PARTICIPATES_IN))
        {
            foreach (var other in graph.Incoming(participation.To, RelationshipType.PARTICIPATES_IN))
            {
                if (other.From != organisationId && NodeLabels.FromId(other.From) == NodeLabel.Organisation)
                {
                    partners.Add(other.From);
                }
            }
        }

        return partners;
    }
}
