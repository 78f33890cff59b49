using InnovationNetwork.Core.Commands;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Specialisms;

/// <summary>
/// moveSpecialism (staff): puts a specialism, with everything below it, under another parent, or at the top of
/// the tree when <see cref="Parent"/> is left out. Moving it below itself is a CYCLE.
/// </summary>
public sealed record MoveSpecialism
{
    public string? Id { get; init; }

    /// <summary>The new parent; none to make it a top-level specialism.</summary>
    public string? Parent { get; init; }

    private static readonly Dictionary<string, string> Fields = new() { ["to"] = "parent", ["from"] = "id" };

    public async Task<CommandResult<Specialism>> RunAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        var graph = context.Graph;
        if (Permissions.Check(context.Viewer, graph, Operation.MoveSpecialism) is { } forbidden)
        {
            return forbidden;
        }

        var errors = new List<UserError>();
        var specialism = context.Find<Specialism>(Id, "id", errors);
        var parent = string.IsNullOrEmpty(Parent) ? null : context.Find<Specialism>(Parent, "parent", errors);
        if (specialism is null || errors.Count > 0)
        {
            return CommandResult<Specialism>.Fail(errors);
        }

        var changes = CommandInputs.ReplaceLinks(graph, specialism.Id, RelationshipType.SUBSPECIALISM_OF, parent is null ? [] : [parent.Id]).ToArray();
        if (changes.Length == 0)
        {
            return CommandResult<Specialism>.Ok(specialism);
        }

        return await context.WriteAsync(changes, errors, g => g.Find<Specialism>(specialism.Id)!, cancellationToken, Fields);
    }
}
