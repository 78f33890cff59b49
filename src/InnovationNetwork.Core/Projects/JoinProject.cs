using InnovationNetwork.Core.Commands;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Projects;

/// <summary>
/// joinProject: a member (or staff) records that their organisation, or one of its people, takes part in a
/// project, with a role and its contribution. Joining twice is a DUPLICATE.
/// </summary>
public sealed record JoinProject
{
    public string? Project { get; init; }

    /// <summary>The organisation or person joining.</summary>
    public string? Participant { get; init; }

    public string? Role { get; init; }

    /// <summary>What the participant receives or puts in, e.g. its EU contribution; not negative.</summary>
    public Money? Contribution { get; init; }

    private static readonly Dictionary<string, string> Fields = new() { ["amount"] = "contribution" };

    public async Task<CommandResult<Project>> RunAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        var graph = context.Graph;
        if (Permissions.Check(context.Viewer, graph, Operation.JoinProject) is { } anonymous)
        {
            return anonymous;
        }

        var errors = new List<UserError>();
        var project = context.Find<Project>(Project, "project", errors);
        var participant = context.FindHolder(Participant, "participant", errors);
        if (project is null || participant is null)
        {
            return CommandResult<Project>.Fail(errors);
        }

        if (Permissions.Check(context.Viewer, graph, Operation.JoinProject, participant) is { } forbidden)
        {
            return forbidden;
        }

        var participation = new Relationship(RelationshipType.PARTICIPATES_IN, participant.Id, project.Id)
        {
            Role = CommandInputs.Clean(Role),
            Amount = Contribution,
        };
        if (graph.FindRelationship(participation.Key) is not null)
        {
            errors.Add(UserError.At("participant", ChangeErrorCodes.Duplicate,
                $"'{participant.DisplayName}' already takes part in '{project.DisplayName}'."));
        }

        return await context.WriteAsync([new Link(participation)], errors, g => g.Find<Project>(project.Id)!, cancellationToken, Fields);
    }
}
