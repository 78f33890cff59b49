using InnovationNetwork.Core.Commands;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Organisations;

/// <summary>
/// updateOrganisationProfile: a member of the organisation (or staff) edits its profile. Fields left out stay as
/// they are; an empty text clears one; lists given replace the old ones. <see cref="Version"/> is the version the
/// caller read: when the profile changed since, nothing is written and the answer is VERSION_CONFLICT.
/// </summary>
public sealed record UpdateOrganisationProfile
{
    public string? Id { get; init; }
    public int Version { get; init; }
    public string? Name { get; init; }
    public OrganisationKind? Kind { get; init; }
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

    /// <summary>The place's id; an empty string removes the place.</summary>
    public string? Place { get; init; }

    public IReadOnlyList<string>? Specialisms { get; init; }
    public IReadOnlyList<ExternalIdentifier>? Identifiers { get; init; }
    public bool? IsPrivate { get; init; }

    public async Task<CommandResult<Organisation>> RunAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        var graph = context.Graph;
        if (Permissions.Check(context.Viewer, graph, Operation.UpdateOrganisationProfile) is { } anonymous)
        {
            return anonymous;
        }

        var errors = new List<UserError>();
        if (context.Find<Organisation>(Id, "id", errors) is not { } current)
        {
            return CommandResult<Organisation>.Fail(errors);
        }

        if (Permissions.Check(context.Viewer, graph, Operation.UpdateOrganisationProfile, current) is { } forbidden)
        {
            return forbidden;
        }

        var place = string.IsNullOrEmpty(Place) ? null : context.Find<Place>(Place, "place", errors);
        var specialisms = Specialisms is null ? null : context.FindAll<Specialism>(Specialisms, "specialisms", errors);
        var website = CommandInputs.Edit(Website, current.Website);
        if (website != current.Website && Websites.CheckUnique(context, website, current.Id) is { } duplicate)
        {
            errors.Add(duplicate);
        }

        var updated = current with
        {
            Version = Version + 1,
            Name = CommandInputs.Edit(Name, current.Name) ?? string.Empty,
            Kind = Kind ?? current.Kind,
            ShortName = CommandInputs.Edit(ShortName, current.ShortName),
            Description = CommandInputs.Edit(Description, current.Description),
            Website = website,
            Email = CommandInputs.Edit(Email, current.Email),
            Phone = CommandInputs.Edit(Phone, current.Phone),
            Address = CommandInputs.Edit(Address, current.Address),
            Postcode = CommandInputs.Edit(Postcode, current.Postcode)?.ToUpperInvariant(),
            Size = Size ?? current.Size,
            Keywords = Keywords is null ? current.Keywords : CommandInputs.Keywords(Keywords),
            Employment = Employment ?? current.Employment,
            Identifiers = Identifiers?.Select(i => i with { Value = i.Value.Trim() }).ToArray() ?? current.Identifiers,
            IsPrivate = IsPrivate ?? current.IsPrivate,
            Sources = context.Touch(current),
        };

        IReadOnlyList<Change> changes =
        [
            new PutNode(updated),
            .. Place is null ? [] : CommandInputs.ReplaceLinks(graph, current.Id, RelationshipType.LOCATED_IN, place is null ? [] : [place.Id]),
            .. specialisms is null ? [] : CommandInputs.ReplaceLinks(graph, current.Id, RelationshipType.SPECIALISES_IN, specialisms),
        ];
        return await context.WriteAsync(changes, errors, g => g.Find<Organisation>(current.Id)!, cancellationToken);
    }
}
