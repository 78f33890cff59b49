using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace InnovationNetwork.GraphQL.Common;

/// <summary>
/// Parsed documents that passed validation, by their text, so a query sent again (clients send the same few
/// documents with new variables) is neither parsed nor validated again: with the organisation page that was
/// most of the time a request took. Bounded by the documents' total length; when full, the least recently
/// used quarter goes. GraphQL.MemoryCache does the same but is not among the packages this project can use.
/// </summary>
public sealed class GraphQLDocumentCache(int capacityCharacters = GraphQLDocumentCache.DefaultCapacityCharacters)
{
    /// <summary>About 2 MB of query text; a parsed document takes roughly ten times its text, so ~20 MB at most.</summary>
    public const int DefaultCapacityCharacters = 1 << 20;

    private const int MaxCostsPerDocument = 32;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _trimming = new();
    private long _characters;

    public int Count => _entries.Count;

    /// <summary>The validated document parsed from <paramref name="query"/>, or null when it is not cached.</summary>
    public GraphQLDocument? Find(string query)
    {
        if (!_entries.TryGetValue(query, out var entry))
        {
            return null;
        }

        entry.LastUsed = Environment.TickCount64;
        return entry.Document;
    }

    /// <summary>
    /// Whether <paramref name="query"/>'s document passed the complexity limits with these page sizes and
    /// switches (<see cref="CostKey"/>): its cost is the same again, so it need not be worked out again.
    /// </summary>
    public bool PassedCost(string query, string costKey) =>
        _entries.TryGetValue(query, out var entry) && entry.PassedCosts.ContainsKey(costKey);

    /// <summary>Keeps that the document passed the complexity limits with <paramref name="costKey"/>; up to 32 per document.</summary>
    public void AddPassedCost(string query, string costKey)
    {
        if (_entries.TryGetValue(query, out var entry) && entry.PassedCosts.Count < MaxCostsPerDocument)
        {
            entry.PassedCosts.TryAdd(costKey, true);
        }
    }

    /// <summary>
    /// What of a request's variables can change its document's cost: numbers (page sizes: first, last) and
    /// switches (@include and @skip), with their names. Strings and input objects cannot, so an organisation
    /// page asked for with any id shares one key.
    /// </summary>
    public static string CostKey(IReadOnlyDictionary<string, object?>? variables)
    {
        if (variables is null || variables.Count == 0)
        {
            return "";
        }

        var key = new System.Text.StringBuilder();
        foreach (var (name, value) in variables.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            if (value is null or bool or int or long or double or decimal or float or System.Numerics.BigInteger)
            {
                key.Append(name).Append('=').Append(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)).Append(';');
            }
        }

        return key.ToString();
    }

    /// <summary>Whether <paramref name="document"/> is the one cached for <paramref name="query"/> (so it was validated).</summary>
    public bool Holds(string query, GraphQLDocument document) =>
        _entries.TryGetValue(query, out var entry) && ReferenceEquals(entry.Document, document);

    /// <summary>Keeps a document that passed validation. One longer than a tenth of the capacity is not kept.</summary>
    public void Add(string query, GraphQLDocument document)
    {
        if (query.Length > capacityCharacters / 10 || !_entries.TryAdd(query, new Entry(document)))
        {
            return;
        }

        if (Interlocked.Add(ref _characters, query.Length) > capacityCharacters)
        {
            Trim();
        }
    }

    private void Trim()
    {
        lock (_trimming)
        {
            if (Interlocked.Read(ref _characters) <= capacityCharacters)
            {
                return;
            }

            var oldestFirst = _entries.ToArray();
            Array.Sort(oldestFirst, (a, b) => a.Value.LastUsed.CompareTo(b.Value.LastUsed));
            var target = capacityCharacters * 3L / 4;
            foreach (var (query, _) in oldestFirst)
            {
                if (Interlocked.Read(ref _characters) <= target)
                {
                    break;
                }

                if (_entries.TryRemove(query, out _))
                {
                    Interlocked.Add(ref _characters, -query.Length);
                }
            }
        }
    }

    private sealed class Entry(GraphQLDocument document)
    {
        public GraphQLDocument Document { get; } = document;

        public long LastUsed { get; set; } = Environment.TickCount64;

        public ConcurrentDictionary<string, bool> PassedCosts { get; } = new(StringComparer.Ordinal);
    }
}
