using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Seed;

/// <summary>
/// Collects the seed's nodes and relationships, remembering which file declared each, so that a
/// duplicate id or a reference to an id no file defines is reported against the file to fix.
/// </summary>
internal sealed class SeedChangeBuilder(DateTimeOffset at)
{
    private readonly Dictionary<string, (Node Node, string File)> _nodes = new(StringComparer.Ordinal);
    private readonly List<PutNode> _puts = [];
    private readonly List<Declared> _links = [];

    public IReadOnlyList<Source> Sources { get; } = [new Source("seed", at)];

    public void Put(Node node, string file)
    {
        if (NodeLabels.FromId(node.Id) != node.Label)
        {
            throw new SeedFileException(file, $"the id '{node.Id}' must start with '{NodeLabels.IdPrefix(node.Label)}-'.");
        }

        if (!_nodes.TryAdd(node.Id, (node, file)))
        {
            throw new SeedFileException(file, $"the id '{node.Id}' is used twice (first in {Path.GetFileName(_nodes[node.Id].File)}).");
        }

        _puts.Add(new PutNode(node));
    }

    /// <summary>Declares a relationship from an optional reference field; nothing when the field is empty.</summary>
    public void Link(RelationshipType type, string from, string? to, string file, string entry, string field, string? role = null)
    {
        if (to is null)
        {
            return;
        }

        _links.Add(new(new Relationship(type, from, to) { Role = role }, file, entry, field));
    }

    /// <summary>Declares one relationship per id of a list field.</summary>
    public void LinkEach(RelationshipType type, string from, IEnumerable<string> targets, string file, string entry, string field)
    {
        foreach (var to in targets)
        {
            if (string.IsNullOrWhiteSpace(to))
            {
                throw new SeedFileException(file, $"'{entry}' has an empty id in {field}.");
            }

            Link(type, from, to, file, entry, field);
        }
    }

    /// <summary>Every PutNode, then every Link, after checking each link's ends exist and may be joined.</summary>
    public IReadOnlyList<Change> Build()
    {
        var changes = new List<Change>(_puts.Count + _links.Count);
        changes.AddRange(_puts);
        var keys = new HashSet<RelationshipKey>();
        foreach (var (r, file, entry, field) in _links)
        {
            var from = Resolve(r.From, file, entry, field);
            var to = Resolve(r.To, file, entry, field);
            if (!RelationshipRules.Allows(r.Type, from.Label, to.Label))
            {
                throw new SeedFileException(file,
                    $"'{entry}' names '{(r.From == entry ? r.To : r.From)}' in {field}, a {(r.From == entry ? to : from).Label}; " +
                    $"{r.Type} joins {string.Join("/", RelationshipRules.AllowedFrom(r.Type))} to {string.Join("/", RelationshipRules.AllowedTo(r.Type))}.");
            }

            if (!keys.Add(r.Key))
            {
                throw new SeedFileException(file, $"'{entry}' names '{(r.From == entry ? r.To : r.From)}' twice in {field}.");
            }

            changes.Add(new Link(r));
        }

        return changes;
    }

    private Node Resolve(string id, string file, string entry, string field) =>
        _nodes.TryGetValue(id, out var found)
            ? found.Node
            : throw new SeedFileException(file, $"'{entry}' names '{id}' in {field}, but no seed file defines that id.");

    private sealed record Declared(Relationship Relationship, string File, string Entry, string Field);
}
