using InnovationNetwork.Core.Commands;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Challenges;

/// <summary>
/// updateChallenge: a member of the posting organisation (or staff) edits a challenge. Fields left out stay; an
/// empty text clears one; lists given replace the old ones. A challenge changed since the caller read
/// <see cref="Version"/> is not overwritten: the answer is VERSION_CONFLICT.
/// </summary>
public sealed record UpdateChallenge
{
    public string? Id { get; init; }
    public int Version { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public int? TrlSought { get; init; }
    public Money? Budget { get; init; }
    public DateOnly? Deadline { get; init; }
    public IReadOnlyList<string>? Keywords { get; init; }
    public IReadOnlyList<string>? Specialisms { get; init; }

    /// <summary>The place's id; an empty string removes the place.</summary>
    public string? Place { get; init; }

    public bool? IsPrivate { get; init; }

    public async Task<CommandResult<Challenge>> RunAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        var graph = context.Graph;
        if (Permissions.Check(context.Viewer, graph, Operation.UpdateChallenge) is { } anonymous)
        {
            return anonymous;
        }

        var errors = new List<UserError>();
        if (context.Find<Challenge>(Id, "id", errors) is not { } current)
        {
            return CommandResult<Challenge>.Fail(errors);
        }

        if (Permissions.Check(context.Viewer, graph, Operation.UpdateChallenge, current) is { } forbidden)
        {
            return forbidden;
        }

        var place = string.IsNullOrEmpty(Place) ? null : context.Find<Place>(Place, "place", errors);
        var specialisms = Specialisms is null ? null : context.FindAll<Specialism>(Specialisms, "specialisms", errors);
        var updated = current with
        {
            Version = Version + 1,
            Title = CommandInputs.Edit(Title, current.Title) ?? string.Empty,
            Description = CommandInputs.Edit(Description, current.Description),
            TrlSought = TrlSought ?? current.TrlSought,
            Budget = Budget ?? current.Budget,
            Deadline = Deadline ?? current.Deadline,
            Keywords = Keywords is null ? current.Keywords : CommandInputs.Keywords(Keywords),
            IsPrivate = IsPrivate ?? current.IsPrivate,
            Sources = context.Touch(current),
        };

        IReadOnlyList<Change> changes =
        [
            new PutNode(updated),
            .. Place is null ? [] : CommandInputs.ReplaceLinks(graph, current.Id, RelationshipType.LOCATED_IN, place is null ? [] : [place.Id]),
            .. specialisms is null ? [] : CommandInputs.ReplaceLinks(graph, current.Id, RelationshipType.APPLIES_TO, specialisms),
        ];
        return await context.WriteAsync(changes, errors, g => g.Find<Challenge>(current.Id)!, cancellationToken);
    }
}
