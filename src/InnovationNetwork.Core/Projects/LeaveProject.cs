using InnovationNetwork.Core.Commands;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Projects;

/// <summary>leaveProject: a member (or staff) records that their organisation, or one of its people, no longer takes part in a project.</summary>
public sealed record LeaveProject
{
    public string? Project { get; init; }

    /// <summary>The organisation or person leaving.</summary>
    public string? Participant { get; init; }

    public async Task<CommandResult<Project>> RunAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        var graph = context.Graph;
        if (Permissions.Check(context.Viewer, graph, Operation.LeaveProject) is { } anonymous)
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

        if (Permissions.Check(context.Viewer, graph, Operation.LeaveProject, participant) is { } forbidden)
        {
            return forbidden;
        }

        var key = new RelationshipKey(RelationshipType.PARTICIPATES_IN, participant.Id, project.Id);
        if (graph.FindRelationship(key) is null)
        {
            return UserError.At("participant", ChangeErrorCodes.NotFound, $"'{participant.DisplayName}' does not take part in '{project.DisplayName}'.");
        }

        return await context.WriteAsync([new Unlink(key)], errors, g => g.Find<Project>(project.Id)!, cancellationToken);
    }
}
