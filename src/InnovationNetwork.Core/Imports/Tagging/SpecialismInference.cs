using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Imports.Tagging;

/// <summary>
/// Infers an organisation's specialisms from its projects. With n projects of which k apply to S, the
/// organisation gets an inferred SPECIALISES_IN S when k ≥ minimumProjects and k/n ≥ minimumShare, with
/// confidence (k/n) × k/(k+1): the share of its work in S, discounted when the evidence is one or two
/// projects. A stated (curated) SPECIALISES_IN is never replaced or duplicated; inferred ones carry a
/// confidence, which is how readers tell them apart.
/// </summary>
/// <remarks>
/// Inferred links are added or updated, never removed: the search index infers SPECIALISES_IN from text
/// too, and a link carries no record of which inference wrote it, so removing "inferred links no longer
/// supported by the projects" would remove the other's and make imports and the API undo each other.
/// The cost: a specialism an organisation's projects stop supporting keeps its (last) inferred link.
/// </remarks>
public static class SpecialismInference
{
    /// <summary>
    /// Plans the inferred SPECIALISES_IN of each organisation from its projects as the graph will hold them
    /// after the import: the plan's PARTICIPATES_IN and APPLIES_TO, plus the graph's, except those of
    /// <paramref name="ownedProjects"/>, whose relationships the plan replaces.
    /// </summary>
    public static void Plan(ImportPlan plan, InnovationGraph graph, SpecialismInferenceRule rule, IEnumerable<string> organisationIds, IReadOnlySet<string> ownedProjects)
    {
        ArgumentNullException.ThrowIfNull(ownedProjects);
        Plan(
            plan,
            graph,
            rule,
            organisationIds,
            organisation =>
            {
                var projects = plan.Outgoing(organisation, RelationshipType.PARTICIPATES_IN).Select(r => r.To).ToHashSet(StringComparer.Ordinal);
                projects.UnionWith(graph.Outgoing(organisation, RelationshipType.PARTICIPATES_IN).Select(r => r.To).Where(p => !ownedProjects.Contains(p)));
                return projects;
            },
            project =>
            {
                var specialisms = plan.Outgoing(project, RelationshipType.APPLIES_TO).Select(r => r.To).ToHashSet(StringComparer.Ordinal);
                if (!ownedProjects.Contains(project))
                {
                    specialisms.UnionWith(graph.Outgoing(project, RelationshipType.APPLIES_TO).Select(r => r.To));
                }

                return specialisms;
            });
    }

    /// <summary>
    /// Plans the inferred SPECIALISES_IN of each organisation, given each organisation's projects and each
    /// project's specialisms as the graph will hold them after the import.
    /// </summary>
    public static void Plan(
        ImportPlan plan,
        InnovationGraph graph,
        SpecialismInferenceRule rule,
        IEnumerable<string> organisationIds,
        Func<string, IReadOnlyCollection<string>> projectsOf,
        Func<string, IReadOnlyCollection<string>> specialismsOf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(rule);
        foreach (var organisation in organisationIds)
        {
            var projects = projectsOf(organisation);
            if (projects.Count == 0)
            {
                continue;
            }

            var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var project in projects)
            {
                foreach (var specialism in specialismsOf(project))
                {
                    counts[specialism] = counts.GetValueOrDefault(specialism) + 1;
                }
            }

            foreach (var (specialism, k) in counts)
            {
                var share = (double)k / projects.Count;
                if (k < rule.MinimumProjects || share < rule.MinimumShare)
                {
                    continue;
                }

                var stated = graph.FindRelationship(new RelationshipKey(RelationshipType.SPECIALISES_IN, organisation, specialism));
                if (stated is { Confidence: null })
                {
                    continue;
                }

                plan.Link(new Relationship(RelationshipType.SPECIALISES_IN, organisation, specialism)
                {
                    Confidence = Math.Round(share * k / (k + 1), 2),
                });
            }
        }
    }
}
