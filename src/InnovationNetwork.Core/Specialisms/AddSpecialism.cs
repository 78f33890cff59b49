using InnovationNetwork.Core.Commands;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Specialisms;

/// <summary>addSpecialism (staff): a new area of smart specialisation, at the top of the tree or below <see cref="Parent"/>.</summary>
public sealed record AddSpecialism
{
    public string? Name { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string>? Keywords { get; init; }

    /// <summary>The specialism it belongs under, e.g. spec-energy; none for a new top-level specialism.</summary>
    public string? Parent { get; init; }

    public async Task<CommandResult<Specialism>> RunAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        if (Permissions.Check(context.Viewer, context.Graph, Operation.AddSpecialism) is { } forbidden)
        {
            return forbidden;
        }

        var errors = new List<UserError>();
        var parent = Parent is null ? null : context.Find<Specialism>(Parent, "parent", errors);
        return await context.CreateAsync<Specialism>(Name, errors, id =>
        [
            new PutNode(new Specialism
            {
                Id = id,
                Name = CommandInputs.Clean(Name) ?? string.Empty,
                Description = CommandInputs.Clean(Description),
                Keywords = CommandInputs.Keywords(Keywords),
                Sources = [context.Source()],
            }),
            .. parent is null ? [] : new Change[] { new Link(new Relationship(RelationshipType.SUBSPECIALISM_OF, id, parent.Id)) },
        ], cancellationToken);
    }
}
