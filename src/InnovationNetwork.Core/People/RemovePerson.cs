using InnovationNetwork.Core.Commands;

namespace InnovationNetwork.Core.People;

/// <summary>
/// removePerson (staff): takes a person out of the directory with their relationships, and the capabilities and
/// challenges no one else offers or posts.
/// </summary>
public sealed record RemovePerson
{
    public string? Id { get; init; }

    public async Task<CommandResult<string>> RunAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        if (Permissions.Check(context.Viewer, context.Graph, Operation.RemovePerson) is { } forbidden)
        {
            return forbidden;
        }

        var errors = new List<UserError>();
        if (context.Find<Person>(Id, "id", errors) is not { } person)
        {
            return CommandResult<string>.Fail(errors);
        }

        return await context.WriteAsync(Removal.Of(context.Graph, person.Id), errors, _ => person.Id, cancellationToken);
    }
}
