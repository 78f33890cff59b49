using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Commands;

/// <summary>
/// What every command runs with: this instance's graph service, who is asking and the clock. Writes go through
/// <see cref="GraphService.WriteAsync"/> as <c>user:{subject}</c>, so the change log says who changed what, when.
/// </summary>
public sealed class CommandContext(GraphService graphs, Viewer viewer, TimeProvider clock)
{
    // Each lost race means another writer created a node with the same name; eight people registering one
    // name at once can make the last of them lose seven times.
    private const int CreateAttempts = 16;

    public Viewer Viewer => viewer;

    public InnovationGraph Graph => graphs.Graph;

    /// <summary>The change log's actor and the source recorded on nodes: <c>user:{subject}</c>.</summary>
    public string Actor => $"user:{viewer.Subject ?? viewer.Role.ToString().ToLowerInvariant()}";

    /// <summary>The provenance a command adds to the nodes it writes.</summary>
    public Source Source() => new(Actor, clock.GetUtcNow());

    /// <summary>The node's sources with this user's entry dated now (one entry per source, oldest first).</summary>
    public IReadOnlyList<Source> Touch(Node node) => [.. node.Sources.Where(s => s.Name != Actor), Source()];

    /// <summary>
    /// Reports <paramref name="errors"/> together with any rule the changes would break; when there are none,
    /// writes the changes as one batch and returns what <paramref name="result"/> reads from the graph afterwards.
    /// </summary>
    /// <remarks>
    /// The graph's rules name node properties, which input fields share; <paramref name="fields"/> renames the few
    /// that differ (a relationship's "to" is the input's "parent", for example).
    /// </remarks>
    public async Task<CommandResult<T>> WriteAsync<T>(IReadOnlyList<Change> changes, IReadOnlyList<UserError> errors,
        Func<InnovationGraph, T> result, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? fields = null)
    {
        IEnumerable<UserError> Map(IReadOnlyList<ChangeError> found) => WithoutEchoes(changes, found).Select(error =>
            UserError.From(fields?.TryGetValue(error.Field, out var field) == true ? error with { Field = field } : error));

        if (errors.Count > 0)
        {
            return CommandResult<T>.Fail(errors.Concat(Map(ChangeValidator.Validate(Graph, changes))).Distinct());
        }

        var write = await graphs.WriteAsync(Actor, changes, cancellationToken);
        return write.Succeeded ? CommandResult<T>.Ok(result(Graph)) : CommandResult<T>.Fail(Map(write.Errors).Distinct());
    }

    /// <summary>
    /// Leaves out the NOT_FOUND of a link to a node the same batch failed to create: the node's own errors say why,
    /// and a person would read the echo as a second problem.
    /// </summary>
    private static IEnumerable<ChangeError> WithoutEchoes(IReadOnlyList<Change> changes, IReadOnlyList<ChangeError> errors)
    {
        var failed = errors.Where(e => changes[e.ChangeIndex] is PutNode).Select(e => ((PutNode)changes[e.ChangeIndex]).Node.Id).ToHashSet(StringComparer.Ordinal);
        return errors.Where(e => !(e.Code == ChangeErrorCodes.NotFound && changes[e.ChangeIndex] is Link link
            && (failed.Contains(link.Relationship.From) || failed.Contains(link.Relationship.To))));
    }

    /// <summary>
    /// Creates a node under a new id made from its name (<see cref="CommandIds.New"/>) with the changes
    /// <paramref name="build"/> makes for that id; when another writer takes the id first, tries the next one.
    /// </summary>
    public async Task<CommandResult<T>> CreateAsync<T>(string? name, IReadOnlyList<UserError> errors,
        Func<string, IReadOnlyList<Change>> build, CancellationToken cancellationToken) where T : Node
    {
        var label = InnovationGraph.LabelOf<T>();
        for (var attempt = 1; ; attempt++)
        {
            var id = CommandIds.New(Graph, label, name);
            var result = await WriteAsync(build(id), errors, graph => graph.Find<T>(id)!, cancellationToken);
            var lostTheId = !result.Succeeded && errors.Count == 0 && Graph.Find(id) is not null
                && result.Errors.Any(e => e.Code == ChangeErrorCodes.VersionConflict);
            if (!lostTheId || attempt == CreateAttempts)
            {
                return result;
            }
        }
    }
}
