using InnovationNetwork.Core.Commands;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Capabilities;

/// <summary>
/// offerCapability: a member (or staff) says what their organisation, or one of its people, can do for others:
/// expertise, a facility, a service or a product, the specialisms it applies to and the TRL range (1–9) it works at.
/// </summary>
public sealed record OfferCapability
{
    /// <summary>The organisation or person who offers it.</summary>
    public string? OfferedBy { get; init; }

    public string? Name { get; init; }
    public CapabilityKind Kind { get; init; } = CapabilityKind.EXPERTISE;
    public string? Description { get; init; }
    public int? TrlMin { get; init; }
    public int? TrlMax { get; init; }
    public IReadOnlyList<string>? Keywords { get; init; }
    public IReadOnlyList<string>? Specialisms { get; init; }

    public async Task<CommandResult<Capability>> RunAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        var graph = context.Graph;
        if (Permissions.Check(context.Viewer, graph, Operation.OfferCapability) is { } anonymous)
        {
            return anonymous;
        }

        var errors = new List<UserError>();
        if (context.FindHolder(OfferedBy, "offeredBy", errors) is not { } holder)
        {
            return CommandResult<Capability>.Fail(errors);
        }

        if (Permissions.Check(context.Viewer, graph, Operation.OfferCapability, holder) is { } forbidden)
        {
            return forbidden;
        }

        var specialisms = context.FindAll<Specialism>(Specialisms, "specialisms", errors);
        return await context.CreateAsync<Capability>(Name, errors, id =>
        [
            new PutNode(new Capability
            {
                Id = id,
                Name = CommandInputs.Clean(Name) ?? string.Empty,
                Kind = Kind,
                Description = CommandInputs.Clean(Description),
                TrlMin = TrlMin,
                TrlMax = TrlMax,
                Keywords = CommandInputs.Keywords(Keywords),
                Sources = [context.Source()],
            }),
            new Link(new Relationship(RelationshipType.OFFERS, holder.Id, id)),
            .. specialisms.Select(s => new Link(new Relationship(RelationshipType.APPLIES_TO, id, s))),
        ], cancellationToken);
    }
}
