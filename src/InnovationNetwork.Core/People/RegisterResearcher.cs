using InnovationNetwork.Core.Commands;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.People;

/// <summary>
/// registerResearcher: a member of an organisation (or staff) registers someone who works there, with what they
/// work on. The person's id is made from their name.
/// </summary>
public sealed record RegisterResearcher
{
    /// <summary>Where they work; the caller must be a member of it (or staff).</summary>
    public string? Organisation { get; init; }

    public string? Name { get; init; }
    public string? JobTitle { get; init; }
    public string? Biography { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public IReadOnlyList<string>? Keywords { get; init; }
    public IReadOnlyList<string>? Specialisms { get; init; }
    public IReadOnlyList<ExternalIdentifier>? Identifiers { get; init; }
    public bool IsPrivate { get; init; }

    public async Task<CommandResult<Person>> RunAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        var graph = context.Graph;
        if (Permissions.Check(context.Viewer, graph, Operation.RegisterResearcher) is { } anonymous)
        {
            return anonymous;
        }

        var errors = new List<UserError>();
        if (context.Find<Organisation>(Organisation, "organisation", errors) is not { } organisation)
        {
            return CommandResult<Person>.Fail(errors);
        }

        if (Permissions.Check(context.Viewer, graph, Operation.RegisterResearcher, organisation) is { } forbidden)
        {
            return forbidden;
        }

        var specialisms = context.FindAll<Specialism>(Specialisms, "specialisms", errors);
        return await context.CreateAsync<Person>(Name, errors, id =>
        [
            new PutNode(new Person
            {
                Id = id,
                Name = CommandInputs.Clean(Name) ?? string.Empty,
                JobTitle = CommandInputs.Clean(JobTitle),
                Biography = CommandInputs.Clean(Biography),
                Email = CommandInputs.Clean(Email),
                Phone = CommandInputs.Clean(Phone),
                Keywords = CommandInputs.Keywords(Keywords),
                Identifiers = Identifiers?.Select(i => i with { Value = i.Value.Trim() }).ToArray() ?? [],
                IsPrivate = IsPrivate,
                Sources = [context.Source()],
            }),
            new Link(new Relationship(RelationshipType.WORKS_AT, id, organisation.Id)),
            .. specialisms.Select(s => new Link(new Relationship(RelationshipType.SPECIALISES_IN, id, s))),
        ], cancellationToken);
    }
}
