using InnovationNetwork.Core.Commands;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Capabilities;

/// <summary>withdrawCapability: a member of the organisation that offers it (or staff) takes a capability out of the directory.</summary>
public sealed record WithdrawCapability
{
    public string? Id { get; init; }

    public async Task<CommandResult<string>> RunAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        var graph = context.Graph;
        if (Permissions.Check(context.Viewer, graph, Operation.WithdrawCapability) is { } anonymous)
        {
            return anonymous;
        }

        var errors = new List<UserError>();
        if (context.Find<Capability>(Id, "id", errors) is not { } capability)
        {
            return CommandResult<string>.Fail(errors);
        }

        if (Permissions.Check(context.Viewer, graph, Operation.WithdrawCapability, capability) is { } forbidden)
        {
            return forbidden;
        }

        return await context.WriteAsync([new RemoveNode(capability.Id)], errors, _ => capability.Id, cancellationToken);
    }
}
