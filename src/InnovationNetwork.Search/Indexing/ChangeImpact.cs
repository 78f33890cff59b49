using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.People;

namespace InnovationNetwork.Search.Indexing;

/// <summary>
/// Which documents a run of change batches makes stale. A document copies text from its neighbours, so
/// a change to one node can touch others': a project's new abstract re-indexes its participants, a
/// renamed organisation its people, capabilities, challenges and projects. Most dependants are read from
/// the graph as it is now; those that cannot be (a removed node, a renamed specialism or place, a moved
/// subtree) are found through the index's own <c>ref</c> field, the reverse index of what each document copied.
/// </summary>
internal sealed class ChangeImpact
{
    /// <summary>Nodes whose documents are rebuilt from the graph (or deleted when the node is gone).</summary>
    public HashSet<string> Stale { get; } = new(StringComparer.Ordinal);

    /// <summary>Nodes whose dependants must be looked up in the index by the ref field.</summary>
    public HashSet<string> LookUpDependants { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Organisations and people that were written: their dependants copy only their name and whether they are
    /// private, so those are re-indexed only when one of the two differs from the indexed document (checked
    /// by the index, which holds the document as it was). A new description of a university would otherwise
    /// re-index every project it took part in.
    /// </summary>
    public HashSet<string> NamesToCheck { get; } = new(StringComparer.Ordinal);

    public void Add(ChangeBatch batch, InnovationGraph graph)
    {
        foreach (var change in batch.Changes)
        {
            switch (change)
            {
                case PutNode { Node: Organisation or Person } put:
                    Stale.Add(put.Node.Id);
                    NamesToCheck.Add(put.Node.Id);
                    break;
                case PutNode put:
                    Stale.Add(put.Node.Id);
                    AddDependants(graph, put.Node.Id);
                    break;
                case RemoveNode remove:
                    Stale.Add(remove.Id);
                    LookUpDependants.Add(remove.Id);
                    break;
                case Link link:
                    AddRelationship(graph, link.Relationship.Key);
                    break;
                case Unlink unlink:
                    AddRelationship(graph, unlink.Key);
                    break;
            }
        }
    }

    private void AddRelationship(InnovationGraph graph, RelationshipKey key)
    {
        Stale.Add(key.From);
        switch (key.Type)
        {
            // The far end copies the near end's name.
            case RelationshipType.PARTICIPATES_IN or RelationshipType.OFFERS or RelationshipType.POSTED:
                Stale.Add(key.To);
                break;

            // Documents that fall back to their owner's place, or count the person's employers as owners.
            case RelationshipType.LOCATED_IN when NodeLabels.FromId(key.From) is NodeLabel.Organisation or NodeLabel.Person:
            case RelationshipType.WORKS_AT:
                AddDependants(graph, key.From);
                break;

            // A subtree moved: everything under it carries the old ancestors.
            case RelationshipType.SUBSPECIALISM_OF:
            case RelationshipType.LOCATED_IN when NodeLabels.FromId(key.From) == NodeLabel.Place:
                LookUpDependants.Add(key.From);
                break;
        }
    }

    /// <summary>Marks stale the documents that copy the name of the node <paramref name="id"/>.</summary>
    public void AddDependants(InnovationGraph graph, string id)
    {
        switch (NodeLabels.FromId(id))
        {
            case NodeLabel.Organisation:
                Sources(graph, id, RelationshipType.WORKS_AT);
                Targets(graph, id, RelationshipType.OFFERS);
                Targets(graph, id, RelationshipType.POSTED);
                Targets(graph, id, RelationshipType.PARTICIPATES_IN);
                break;
            case NodeLabel.Person:
                Targets(graph, id, RelationshipType.OFFERS);
                Targets(graph, id, RelationshipType.POSTED);
                break;
            case NodeLabel.Capability:
                Sources(graph, id, RelationshipType.OFFERS);
                break;
            case NodeLabel.Project:
                Sources(graph, id, RelationshipType.PARTICIPATES_IN);
                break;
            case NodeLabel.Specialism or NodeLabel.Place:
                LookUpDependants.Add(id);
                break;
        }
    }

    private void Targets(InnovationGraph graph, string id, RelationshipType type)
    {
        foreach (var r in graph.Outgoing(id, type))
        {
            Stale.Add(r.To);
        }
    }

    private void Sources(InnovationGraph graph, string id, RelationshipType type)
    {
        foreach (var r in graph.Incoming(id, type))
        {
            Stale.Add(r.From);
        }
    }
}
