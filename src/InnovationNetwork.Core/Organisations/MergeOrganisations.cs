using InnovationNetwork.Core.Commands;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Organisations;

/// <summary>
/// mergeOrganisations (staff): two records of one organisation become one. Every relationship of the one removed
/// (places, specialisms, people, capabilities, challenges, projects, funding) moves to the one kept, unless the
/// kept one has it already (its own place and project roles win); its identifiers and sources move too, and fields
/// the kept record lacks are taken from it. One atomic batch: nothing changes if any part cannot.
/// </summary>
public sealed record MergeOrganisations
{
    /// <summary>The record that stays, under its own id.</summary>
    public string? Keep { get; init; }

    /// <summary>The duplicate that goes.</summary>
    public string? Remove { get; init; }

    public async Task<CommandResult<Organisation>> RunAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        var graph = context.Graph;
        if (Permissions.Check(context.Viewer, graph, Operation.MergeOrganisations) is { } forbidden)
        {
            return forbidden;
        }

        var errors = new List<UserError>();
        var keep = context.Find<Organisation>(Keep, "keep", errors);
        var remove = context.Find<Organisation>(Remove, "remove", errors);
        if (keep is null || remove is null)
        {
            return CommandResult<Organisation>.Fail(errors);
        }

        if (keep.Id == remove.Id)
        {
            return UserError.At("remove", ChangeErrorCodes.Invalid, "An organisation cannot be merged into itself; give two different ids.");
        }

        var merged = keep with
        {
            Version = keep.Version + 1,
            ShortName = keep.ShortName ?? remove.ShortName,
            Description = keep.Description ?? remove.Description,
            Website = keep.Website ?? remove.Website,
            Email = keep.Email ?? remove.Email,
            Phone = keep.Phone ?? remove.Phone,
            Address = keep.Address ?? remove.Address,
            Postcode = keep.Postcode ?? remove.Postcode,
            Size = keep.Size ?? remove.Size,
            Employment = keep.Employment ?? remove.Employment,
            Keywords = keep.Keywords.Union(remove.Keywords, StringComparer.OrdinalIgnoreCase).ToArray(),
            Identifiers = keep.Identifiers.Union(remove.Identifiers).ToArray(),
            Sources = [.. keep.Sources.Union(remove.Sources).Where(s => s.Name != context.Actor).OrderBy(s => s.At), context.Source()],
        };

        // The duplicate goes first, so its identifiers are free when the kept record takes them.
        IReadOnlyList<Change> changes = [new RemoveNode(remove.Id), new PutNode(merged), .. MovedRelationships(graph, keep.Id, remove.Id)];
        return await context.WriteAsync(changes, errors, g => g.Find<Organisation>(keep.Id)!, cancellationToken);
    }

    private static IEnumerable<Change> MovedRelationships(InnovationGraph graph, string keep, string remove)
    {
        var keepsPlace = graph.Outgoing(keep, RelationshipType.LOCATED_IN).Count > 0;
        foreach (var r in graph.Outgoing(remove))
        {
            var moved = r with { From = keep };
            if (graph.FindRelationship(moved.Key) is null && !(r.Type == RelationshipType.LOCATED_IN && keepsPlace))
            {
                yield return new Link(moved);
            }
        }

        foreach (var r in graph.Incoming(remove))
        {
            var moved = r with { To = keep };
            if (graph.FindRelationship(moved.Key) is null)
            {
                yield return new Link(moved);
            }
        }
    }
}
