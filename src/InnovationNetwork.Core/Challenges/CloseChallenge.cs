using InnovationNetwork.Core.Commands;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Challenges;

/// <summary>
/// closeChallenge: a member of the posting organisation (or staff) stops taking answers. Closing a closed
/// challenge changes nothing. When <see cref="Version"/> is given and the challenge moved on since, VERSION_CONFLICT.
/// </summary>
public sealed record CloseChallenge
{
    public string? Id { get; init; }
    public int? Version { get; init; }

    public async Task<CommandResult<Challenge>> RunAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        var graph = context.Graph;
        if (Permissions.Check(context.Viewer, graph, Operation.CloseChallenge) is { } anonymous)
        {
            return anonymous;
        }

        var errors = new List<UserError>();
        if (context.Find<Challenge>(Id, "id", errors) is not { } current)
        {
            return CommandResult<Challenge>.Fail(errors);
        }

        if (Permissions.Check(context.Viewer, graph, Operation.CloseChallenge, current) is { } forbidden)
        {
            return forbidden;
        }

        if (Version is { } version && CommandInputs.CheckVersion(current, version) is { } conflict)
        {
            return conflict;
        }

        if (current.Status == ChallengeStatus.CLOSED)
        {
            return CommandResult<Challenge>.Ok(current);
        }

        var closed = current with { Version = current.Version + 1, Status = ChallengeStatus.CLOSED, Sources = context.Touch(current) };
        return await context.WriteAsync([new PutNode(closed)], errors, g => g.Find<Challenge>(current.Id)!, cancellationToken);
    }
}
