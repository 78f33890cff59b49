using InnovationNetwork.Core.Commands;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.People;

/// <summary>
/// updateResearcherProfile: a member of an organisation the person works at (or staff) edits their profile.
/// Fields left out stay; an empty text clears one; lists given replace the old ones. A profile changed since the
/// caller read <see cref="Version"/> is not overwritten: the answer is VERSION_CONFLICT.
/// </summary>
public sealed record UpdateResearcherProfile
{
    public string? Id { get; init; }
    public int Version { get; init; }
    public string? Name { get; init; }
    public string? JobTitle { get; init; }
    public string? Biography { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public IReadOnlyList<string>? Keywords { get; init; }
    public IReadOnlyList<string>? Specialisms { get; init; }
    public IReadOnlyList<ExternalIdentifier>? Identifiers { get; init; }
    public bool? IsPrivate { get; init; }

    public async Task<CommandResult<Person>> RunAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        var graph = context.Graph;
        if (Permissions.Check(context.Viewer, graph, Operation.UpdateResearcherProfile) is { } anonymous)
        {
            return anonymous;
        }

        var errors = new List<UserError>();
        if (context.Find<Person>(Id, "id", errors) is not { } current)
        {
            return CommandResult<Person>.Fail(errors);
        }

        if (Permissions.Check(context.Viewer, graph, Operation.UpdateResearcherProfile, current) is { } forbidden)
        {
            return forbidden;
        }

        var specialisms = Specialisms is null ? null : context.FindAll<Specialism>(Specialisms, "specialisms", errors);
        var updated = current with
        {
            Version = Version + 1,
            Name = CommandInputs.Edit(Name, current.Name) ?? string.Empty,
            JobTitle = CommandInputs.Edit(JobTitle, current.JobTitle),
            Biography = CommandInputs.Edit(Biography, current.Biography),
            Email = CommandInputs.Edit(Email, current.Email),
            Phone = CommandInputs.Edit(Phone, current.Phone),
            Keywords = Keywords is null ? current.Keywords : CommandInputs.Keywords(Keywords),
            Identifiers = Identifiers?.Select(i => i with { Value = i.Value.Trim() }).ToArray() ?? current.Identifiers,
            IsPrivate = IsPrivate ?? current.IsPrivate,
            Sources = context.Touch(current),
        };

        IReadOnlyList<Change> changes =
        [
            new PutNode(updated),
            .. specialisms is null ? [] : CommandInputs.ReplaceLinks(graph, current.Id, RelationshipType.SPECIALISES_IN, specialisms),
        ];
        return await context.WriteAsync(changes, errors, g => g.Find<Person>(current.Id)!, cancellationToken);
    }
}
