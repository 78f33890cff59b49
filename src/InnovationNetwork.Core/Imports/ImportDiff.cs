using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Imports;

/// <summary>
/// Turns a plan into the changes the graph needs: a node whose facts are already there is left alone;
/// a changed one is written at the next version with the import added to its sources; a relationship is
/// linked only when missing or different; owned relationships the plan does not assert are unlinked.
/// Running the same import twice therefore yields no changes the second time.
/// </summary>
public static class ImportDiff
{
    public static ImportChanges Compute(InnovationGraph graph, ImportPlan plan, Source source)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(source);

        var nodes = new List<Change>();
        int created = 0, updated = 0, unchanged = 0;
        foreach (var node in plan.Nodes)
        {
            var existing = graph.Find(node.Id);
            if (existing is null)
            {
                nodes.Add(new PutNode(node with { Version = 1, Sources = [source] }));
                created++;
            }
            else if (NodeFacts.Same(existing, node))
            {
                unchanged++;
            }
            else
            {
                nodes.Add(new PutNode(node with { Version = existing.Version + 1, Sources = NodeFacts.WithSource(existing.Sources, source) }));
                updated++;
            }
        }

        var unlinks = new List<Change>();
        var seen = new HashSet<RelationshipKey>();
        foreach (var owned in plan.Owned)
        {
            var existing = owned.Outgoing ? graph.Outgoing(owned.NodeId, owned.Type) : graph.Incoming(owned.NodeId, owned.Type);
            foreach (var r in existing)
            {
                if (!plan.Has(r.Key) && (owned.Which?.Invoke(r) ?? true) && seen.Add(r.Key))
                {
                    unlinks.Add(new Unlink(r.Key));
                }
            }
        }

        var links = new List<Change>();
        int added = 0, changed = 0, same = 0;
        foreach (var r in plan.Links)
        {
            var existing = graph.FindRelationship(r.Key);
            if (existing == r)
            {
                same++;
                continue;
            }

            links.Add(new Link(r));
            if (existing is null)
            {
                added++;
            }
            else
            {
                changed++;
            }
        }

        return new ImportChanges([.. nodes, .. unlinks, .. links])
        {
            NodesCreated = created,
            NodesUpdated = updated,
            NodesUnchanged = unchanged,
            LinksAdded = added,
            LinksChanged = changed,
            LinksRemoved = unlinks.Count,
            LinksUnchanged = same,
        };
    }
}
