using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace InnovationNetwork.Core.Graph;

/// <summary>
/// Values that repeat across the graph's nodes and relationships — keywords, job titles, roles, currencies,
/// the source every node of an import names, empty lists — read from JSON once and then shared, instead of a
/// copy per node: at 100k organisations a loaded graph held 356,863 copies of "generate:1" and as many
/// empty identifier lists. The pools are bounded; past their size a value is kept as read.
/// </summary>
internal static class SharedValues
{
    private const int Capacity = 100_000;
    private static readonly ConcurrentDictionary<string, string> Strings = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<Source, Source[]> SingleSources = new();

    public static string String(string value) => Shared(Strings, value, value);

    // The pool's value for the key, else this value, pooled while the pool has room.
    private static TValue Shared<TKey, TValue>(ConcurrentDictionary<TKey, TValue> pool, TKey key, TValue value)
        where TKey : notnull =>
        pool.TryGetValue(key, out var shared) ? shared
        : pool.Count < Capacity ? pool.GetOrAdd(key, value)
        : value;

    /// <summary>Shares repeated strings and empty lists of strings (keywords, postcode districts).</summary>
    public sealed class StringListConverter : ListConverter<string>
    {
        protected override IReadOnlyList<string> Share(string[] items)
        {
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = String(items[i]);
            }

            return items;
        }
    }

    /// <summary>Shares the one-source lists most nodes have: every node of one import names the same source.</summary>
    public sealed class SourceListConverter : ListConverter<Source>
    {
        protected override IReadOnlyList<Source> Share(Source[] items) =>
            items.Length == 1 ? Shared(SingleSources, items[0], items) : items;
    }

    /// <summary>Shares the empty list most nodes have.</summary>
    public sealed class IdentifierListConverter : ListConverter<ExternalIdentifier>;

    /// <summary>Shares a string property's repeated values (see <see cref="GraphJson"/>).</summary>
    public sealed class StringConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetString() is { } value ? String(value) : null;

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    /// <summary>Reads a list as an array of its exact length, the empty list as one shared array; writes it as any list.</summary>
    public abstract class ListConverter<T> : JsonConverter<IReadOnlyList<T>>
    {
        public override IReadOnlyList<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            JsonSerializer.Deserialize<T[]>(ref reader, options) is { } items ? items.Length == 0 ? [] : Share(items) : null;

        public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize<IEnumerable<T>>(writer, value, options);

        protected virtual IReadOnlyList<T> Share(T[] items) => items;
    }
}
