using static InnovationNetwork.Core.Graph.ChangeErrorCodes;

namespace InnovationNetwork.Core.Graph;

/// <summary>
/// Checks a batch of changes against the current graph before it is written: node rules, versions,
/// unknown ids, relationship endpoints, duplicates and cycles. Each change sees the ones before it in
/// the batch, so a batch may create a node and link it.
/// </summary>
public static class ChangeValidator
{
    public static IReadOnlyList<ChangeError> Validate(InnovationGraph graph, IReadOnlyList<Change> changes)
    {
        var pending = new PendingGraph(graph);
        var errors = new List<ChangeError>();
        for (var i = 0; i < changes.Count; i++)
        {
            var before = errors.Count;
            switch (changes[i])
            {
                case PutNode put:
                    CheckPut(pending, put.Node, i, errors);
                    break;
                case RemoveNode remove when pending.Find(remove.Id) is null:
                    errors.Add(new(i, NotFound, "id", $"There is no node with id '{remove.Id}'."));
                    break;
                case Link link:
                    CheckLink(pending, link.Relationship, i, errors);
                    break;
            }

            if (errors.Count == before)
            {
                pending.Apply(changes[i]);
            }
        }

        return errors;
    }

    private static void CheckPut(PendingGraph pending, Node node, int index, List<ChangeError> errors)
    {
        foreach (var (field, code, message) in NodeRules.Check(node))
        {
            errors.Add(new(index, code, field, message));
        }

        if (!pending.PutIds.Add(node.Id))
        {
            errors.Add(new(index, Duplicate, "id", $"The node '{node.Id}' is written twice in one change."));
            return;
        }

        var existing = pending.Find(node.Id);
        if (existing is not null && existing.Label != node.Label)
        {
            errors.Add(new(index, Invalid, "id", $"'{node.Id}' is a {existing.Label}, not a {node.Label}."));
        }
        else if ((existing?.Version ?? 0) + 1 != node.Version)
        {
            errors.Add(new(index, VersionConflict, "version",
                existing is null
                    ? $"'{node.Id}' does not exist, so it can only be created at version 1."
                    : $"'{node.DisplayName}' is at version {existing.Version}; it was changed since you read version {node.Version - 1}. Reload it and try again."));
        }

        foreach (var identifier in node.Identifiers)
        {
            var holder = pending.FindByIdentifier(identifier);
            if (holder is not null && holder != node.Id)
            {
                errors.Add(new(index, Duplicate, "identifiers",
                    $"The {identifier.Scheme} identifier {identifier.Value} already belongs to '{holder}'."));
            }
        }
    }

    private static void CheckLink(PendingGraph pending, Relationship r, int index, List<ChangeError> errors)
    {
        var from = pending.Find(r.From);
        var to = pending.Find(r.To);
        if (from is null)
        {
            errors.Add(new(index, NotFound, "from", $"There is no node with id '{r.From}'."));
        }

        if (to is null)
        {
            errors.Add(new(index, NotFound, "to", $"There is no node with id '{r.To}'."));
        }

        if (from is null || to is null)
        {
            return;
        }

        if (!RelationshipRules.Allows(r.Type, from.Label, to.Label))
        {
            errors.Add(new(index, WrongEndpoint, "type",
                $"{r.Type} cannot join a {from.Label} to a {to.Label}; it joins {string.Join("/", RelationshipRules.AllowedFrom(r.Type))} to {string.Join("/", RelationshipRules.AllowedTo(r.Type))}."));
            return;
        }

        if (r.From == r.To)
        {
            errors.Add(new(index, Cycle, "to", $"'{from.DisplayName}' cannot be related to itself."));
            return;
        }

        if (!pending.LinkKeys.Add(r.Key))
        {
            errors.Add(new(index, Duplicate, "type", $"The {r.Type} relationship from '{r.From}' to '{r.To}' is written twice in one change."));
            return;
        }

        if (r.Confidence is < 0 or > 1)
        {
            errors.Add(new(index, OutOfRange, "confidence", "A confidence is between 0 and 1."));
        }

        if (r.Amount is { Amount: < 0 })
        {
            errors.Add(new(index, OutOfRange, "amount", $"The amount {r.Amount.Amount} is negative."));
        }

        // A node has one parent in a tree and one place.
        if (r.Type is RelationshipType.SUBSPECIALISM_OF or RelationshipType.LOCATED_IN
            && pending.Outgoing(r.From, r.Type).FirstOrDefault(o => o.To != r.To) is { } other)
        {
            errors.Add(new(index, Duplicate, "to", $"'{from.DisplayName}' already has {r.Type} '{other.To}'; unlink it first."));
        }

        if (r.Type is RelationshipType.SUBSPECIALISM_OF or RelationshipType.LOCATED_IN && pending.IsAncestor(r.From, r.To, r.Type))
        {
            errors.Add(new(index, Cycle, "to", $"Making '{to.DisplayName}' the parent of '{from.DisplayName}' would create a cycle."));
        }
    }
}
