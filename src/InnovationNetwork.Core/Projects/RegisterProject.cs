using InnovationNetwork.Core.Commands;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Projects;

/// <summary>
/// registerProject: a member (or staff) registers a collaborative project their organisation takes part in;
/// the organisation joins it with <see cref="Role"/>. Partners join with joinProject.
/// </summary>
public sealed record RegisterProject
{
    /// <summary>The organisation registering it, which takes part; the caller must be a member of it (or staff).</summary>
    public string? Organisation { get; init; }

    /// <summary>The organisation's role in it, e.g. coordinator or partner.</summary>
    public string? Role { get; init; }

    public string? Title { get; init; }
    public string? Acronym { get; init; }
    public string? Abstract { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public Money? TotalCost { get; init; }
    public Money? Funding { get; init; }
    public string? Programme { get; init; }
    public IReadOnlyList<string>? Keywords { get; init; }
    public IReadOnlyList<string>? Specialisms { get; init; }
    public IReadOnlyList<ExternalIdentifier>? Identifiers { get; init; }

    public async Task<CommandResult<Project>> RunAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        var graph = context.Graph;
        if (Permissions.Check(context.Viewer, graph, Operation.RegisterProject) is { } anonymous)
        {
            return anonymous;
        }

        var errors = new List<UserError>();
        if (context.Find<Organisation>(Organisation, "organisation", errors) is not { } organisation)
        {
            return CommandResult<Project>.Fail(errors);
        }

        if (Permissions.Check(context.Viewer, graph, Operation.RegisterProject, organisation) is { } forbidden)
        {
            return forbidden;
        }

        var specialisms = context.FindAll<Specialism>(Specialisms, "specialisms", errors);
        return await context.CreateAsync<Project>(Acronym ?? Title, errors, id =>
        [
            new PutNode(new Project
            {
                Id = id,
                Title = CommandInputs.Clean(Title) ?? string.Empty,
                Acronym = CommandInputs.Clean(Acronym),
                Abstract = CommandInputs.Clean(Abstract),
                StartDate = StartDate,
                EndDate = EndDate,
                TotalCost = TotalCost,
                Funding = Funding,
                Programme = CommandInputs.Clean(Programme),
                Keywords = CommandInputs.Keywords(Keywords),
                Identifiers = Identifiers?.Select(i => i with { Value = i.Value.Trim() }).ToArray() ?? [],
                Sources = [context.Source()],
            }),
            new Link(new Relationship(RelationshipType.PARTICIPATES_IN, organisation.Id, id) { Role = CommandInputs.Clean(Role) }),
            .. specialisms.Select(s => new Link(new Relationship(RelationshipType.APPLIES_TO, id, s))),
        ], cancellationToken);
    }
}
