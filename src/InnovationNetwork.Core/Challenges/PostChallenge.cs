using InnovationNetwork.Core.Commands;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Challenges;

/// <summary>
/// postChallenge: a member (or staff) posts what their organisation needs solved: at what TRL (1–9), for what
/// budget, by when. A private challenge is seen only by staff and the organisation's members.
/// </summary>
public sealed record PostChallenge
{
    /// <summary>The organisation posting it; the caller must be a member of it (or staff).</summary>
    public string? Organisation { get; init; }

    public string? Title { get; init; }
    public string? Description { get; init; }
    public int? TrlSought { get; init; }
    public Money? Budget { get; init; }
    public DateOnly? Deadline { get; init; }
    public IReadOnlyList<string>? Keywords { get; init; }
    public IReadOnlyList<string>? Specialisms { get; init; }
    public string? Place { get; init; }
    public bool IsPrivate { get; init; }

    public async Task<CommandResult<Challenge>> RunAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        var graph = context.Graph;
        if (Permissions.Check(context.Viewer, graph, Operation.PostChallenge) is { } anonymous)
        {
            return anonymous;
        }

        var errors = new List<UserError>();
        if (context.Find<Organisation>(Organisation, "organisation", errors) is not { } organisation)
        {
            return CommandResult<Challenge>.Fail(errors);
        }

        if (Permissions.Check(context.Viewer, graph, Operation.PostChallenge, organisation) is { } forbidden)
        {
            return forbidden;
        }

        var place = Place is null ? null : context.Find<Place>(Place, "place", errors);
        var specialisms = context.FindAll<Specialism>(Specialisms, "specialisms", errors);
        return await context.CreateAsync<Challenge>(Title, errors, id =>
        [
            new PutNode(new Challenge
            {
                Id = id,
                Title = CommandInputs.Clean(Title) ?? string.Empty,
                Description = CommandInputs.Clean(Description),
                TrlSought = TrlSought,
                Budget = Budget,
                Deadline = Deadline,
                Keywords = CommandInputs.Keywords(Keywords),
                IsPrivate = IsPrivate,
                Sources = [context.Source()],
            }),
            new Link(new Relationship(RelationshipType.POSTED, organisation.Id, id)),
            .. place is null ? [] : new Change[] { new Link(new Relationship(RelationshipType.LOCATED_IN, id, place.Id)) },
            .. specialisms.Select(s => new Link(new Relationship(RelationshipType.APPLIES_TO, id, s))),
        ], cancellationToken);
    }
}
