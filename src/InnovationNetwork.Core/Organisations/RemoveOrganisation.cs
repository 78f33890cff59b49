using InnovationNetwork.Core.Commands;

namespace InnovationNetwork.Core.Organisations;

/// <summary>
/// removeOrganisation (staff): takes an organisation out of the directory with its relationships, and the
/// capabilities and challenges no one else offers or posts (they would be left with no one to answer for them).
/// Its people stay: they may work elsewhere too; removePerson removes them.
/// </summary>
public sealed record RemoveOrganisation
{
    public string? Id { get; init; }

    public async Task<CommandResult<string>> RunAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        if (Permissions.Check(context.Viewer, context.Graph, Operation.RemoveOrganisation) is { } forbidden)
        {
            return forbidden;
        }

        var errors = new List<UserError>();
        if (context.Find<Organisation>(Id, "id", errors) is not { } organisation)
        {
            return CommandResult<string>.Fail(errors);
        }

        return await context.WriteAsync(Removal.Of(context.Graph, organisation.Id), errors, _ => organisation.Id, cancellationToken);
    }
}
