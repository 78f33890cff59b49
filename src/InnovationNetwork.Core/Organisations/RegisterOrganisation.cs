using InnovationNetwork.Core.Commands;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Organisations;

/// <summary>
/// registerOrganisation: a signed-in member or staff adds an organisation to the directory. Its id is made from
/// its name; its facts are recorded as self-declared by the user. A web site another organisation has is a DUPLICATE.
/// </summary>
public sealed record RegisterOrganisation
{
    public string? Name { get; init; }
    public OrganisationKind Kind { get; init; } = OrganisationKind.OTHER;
    public string? ShortName { get; init; }
    public string? Description { get; init; }
    public string? Website { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Address { get; init; }
    public string? Postcode { get; init; }
    public OrganisationSize? Size { get; init; }
    public IReadOnlyList<string>? Keywords { get; init; }
    public Employment? Employment { get; init; }
    public string? Place { get; init; }
    public IReadOnlyList<string>? Specialisms { get; init; }
    public IReadOnlyList<ExternalIdentifier>? Identifiers { get; init; }
    public bool IsPrivate { get; init; }

    public async Task<CommandResult<Organisation>> RunAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        if (Permissions.Check(context.Viewer, context.Graph, Operation.RegisterOrganisation) is { } forbidden)
        {
            return forbidden;
        }

        var errors = new List<UserError>();
        var place = Place is null ? null : context.Find<Place>(Place, "place", errors);
        var specialisms = context.FindAll<Specialism>(Specialisms, "specialisms", errors);
        if (Websites.CheckUnique(context, Website, self: null) is { } duplicate)
        {
            errors.Add(duplicate);
        }

        return await context.CreateAsync<Organisation>(Name, errors, id =>
        [
            new PutNode(new Organisation
            {
                Id = id,
                Name = CommandInputs.Clean(Name) ?? string.Empty,
                Kind = Kind,
                ShortName = CommandInputs.Clean(ShortName),
                Description = CommandInputs.Clean(Description),
                Website = CommandInputs.Clean(Website),
                Email = CommandInputs.Clean(Email),
                Phone = CommandInputs.Clean(Phone),
                Address = CommandInputs.Clean(Address),
                Postcode = CommandInputs.Clean(Postcode)?.ToUpperInvariant(),
                Size = Size,
                Keywords = CommandInputs.Keywords(Keywords),
                Employment = Employment,
                Identifiers = Identifiers?.Select(i => i with { Value = i.Value.Trim() }).ToArray() ?? [],
                IsPrivate = IsPrivate,
                Sources = [context.Source()],
            }),
            .. place is null ? [] : new Change[] { new Link(new Relationship(RelationshipType.LOCATED_IN, id, place.Id)) },
            .. specialisms.Select(s => new Link(new Relationship(RelationshipType.SPECIALISES_IN, id, s))),
        ], cancellationToken);
    }
}
