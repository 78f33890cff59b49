using System.Collections.Concurrent;
using InnovationNetwork.Core.Ports;

namespace InnovationNetwork.Core.Graph;

/// <summary>
/// The whole graph in memory, indexed by id, label, identifier and relationship (both directions).
/// One writer applies change batches in sequence order; any number of readers read without locks:
/// nodes are immutable values and each node's relationship lists are replaced, never mutated, so a
/// reader sees either the old list or the new one.
/// </summary>
public sealed partial class InnovationGraph : IGraphSink
{
    private static readonly Relationship[] None = [];

    private readonly ConcurrentDictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Node>[] _byLabel =
        Enum.GetValues<NodeLabel>().Select(_ => new ConcurrentDictionary<string, Node>(StringComparer.Ordinal)).ToArray();
    private readonly ConcurrentDictionary<string, Relationship[]> _out = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Relationship[]> _in = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _byIdentifier = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AdjacencyBuilder> _pendingOut = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AdjacencyBuilder> _pendingIn = new(StringComparer.Ordinal);
    private readonly Lock _writeLock = new();
    private long _sequence;

    /// <summary>The sequence of the last change batch applied; 0 before any.</summary>
    public long Sequence => Interlocked.Read(ref _sequence);

    public int NodeCount => _nodes.Count;

    public Node? Find(string id) => _nodes.GetValueOrDefault(id);

    public T? Find<T>(string id) where T : Node => _nodes.GetValueOrDefault(id) as T;

    public int Count(NodeLabel label) => _byLabel[(int)label].Count;

    /// <summary>
    /// Every node of a label, in no particular order. Read as it is enumerated, without the copy (and the
    /// locks) ConcurrentDictionary.Values takes: a batch applied meanwhile may show some of its nodes.
    /// </summary>
    public IEnumerable<Node> Nodes(NodeLabel label)
    {
        foreach (var (_, node) in _byLabel[(int)label])
        {
            yield return node;
        }
    }

    public IEnumerable<T> All<T>() where T : Node => Nodes(LabelOf<T>()).Cast<T>();

    public Node? FindByIdentifier(IdentifierScheme scheme, string value) =>
        _byIdentifier.TryGetValue(IdentifierKey(scheme, value), out var id) ? Find(id) : null;

    /// <summary>Relationships that start at <paramref name="id"/>, optionally of one type.</summary>
    public IReadOnlyList<Relationship> Outgoing(string id, RelationshipType? type = null) =>
        Filter(_out.GetValueOrDefault(id) ?? None, type);

    /// <summary>Relationships that end at <paramref name="id"/>, optionally of one type.</summary>
    public IReadOnlyList<Relationship> Incoming(string id, RelationshipType? type = null) =>
        Filter(_in.GetValueOrDefault(id) ?? None, type);

    public Relationship? FindRelationship(RelationshipKey key) =>
        (_out.GetValueOrDefault(key.From) ?? None).FirstOrDefault(r => r.Type == key.Type && r.To == key.To);

    /// <summary>
    /// Applies the next batch of the change log. A batch at or below <see cref="Sequence"/> was applied
    /// already and is ignored; one that skips a sequence would make this graph diverge from the store, so
    /// it is refused with <see cref="ChangeLogGapException"/> and the caller reloads.
    /// </summary>
    public bool Apply(ChangeBatch batch)
    {
        lock (_writeLock)
        {
            if (batch.Sequence <= _sequence)
            {
                return false;
            }

            if (batch.Sequence != _sequence + 1)
            {
                throw new ChangeLogGapException(_sequence, batch.Sequence);
            }

            foreach (var change in batch.Changes)
            {
                ApplyOne(change);
            }

            PublishPending();

            Interlocked.Exchange(ref _sequence, batch.Sequence);
            return true;
        }
    }

    /// <summary>Marks a full read of the store (through <see cref="IGraphSink"/>) as complete at a sequence.</summary>
    public void MarkLoaded(long sequence)
    {
        lock (_writeLock)
        {
            PublishPending();
            Interlocked.Exchange(ref _sequence, sequence);
        }
    }

    void IGraphSink.OnNode(Node node)
    {
        lock (_writeLock)
        {
            PutNode(node);
        }
    }

    void IGraphSink.OnRelationship(Relationship relationship)
    {
        lock (_writeLock)
        {
            PutRelationship(relationship);
        }
    }

    public static NodeLabel LabelOf<T>() where T : Node => NodeLabels.Of(typeof(T));

    internal static string IdentifierKey(IdentifierScheme scheme, string value) =>
        $"{scheme}:{value.Trim().ToUpperInvariant()}";

    private static IReadOnlyList<Relationship> Filter(Relationship[] relationships, RelationshipType? type)
    {
        if (type is null)
        {
            return relationships;
        }

        var count = 0;
        foreach (var r in relationships)
        {
            if (r.Type == type)
            {
                count++;
            }
        }

        if (count == relationships.Length || count == 0)
        {
            return count == 0 ? None : relationships;
        }

        var result = new Relationship[count];
        var i = 0;
        foreach (var r in relationships)
        {
            if (r.Type == type)
            {
                result[i++] = r;
            }
        }

        return result;
    }
}
