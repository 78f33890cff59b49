using System.Collections.Concurrent;
using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.GraphQL;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.GraphQLHttp;

/// <summary>
/// Whole responses to repeated queries. The graph changes only by whole change batches and the search index
/// follows it batch by batch, so the same request from the same viewer, at the same graph and index sequence
/// and on the same day (some answers count "today"), has the same answer: it is served again as the bytes
/// written the first time, without parsing, validating or executing anything. A new sequence or day starts an
/// empty cache; only queries that succeeded without errors are kept, up to GraphQL:ResponseCacheMegabytes.
/// </summary>
/// <remarks>
/// Made when the endpoint is mapped, before the store is opened: the graph and the index are looked up on
/// first use, so a store that cannot open still fails at start-up with its own sentence.
/// </remarks>
internal sealed class GraphQLResponseCache(IServiceProvider services, TimeProvider clock, IOptions<GraphQLLimitsOptions> limits)
{
    private readonly Lazy<GraphService> _graphs = new(services.GetRequiredService<GraphService>);
    private readonly Lazy<ISearchIndex> _index = new(services.GetRequiredService<ISearchIndex>);

    /// <summary>A response larger than this share of the cache is not kept: it would crowd out the rest.</summary>
    private const int MaxShare = 16;

    private readonly long _capacity = limits.Value.ResponseCacheMegabytes * 1024L * 1024L;
    private Generation _current = new("");

    public bool Enabled => _capacity > 0;

    /// <summary>The version every answer depends on: graph sequence, index sequence, day.</summary>
    public string Version() => $"{_graphs.Value.Graph.Sequence}/{_index.Value.Sequence}/{clock.GetUtcNow():yyyy-MM-dd}";

    /// <summary>The key of a request: how the answer is encoded, who asks, and the request itself.</summary>
    public static string Key(string mediaType, Viewer viewer, string request) =>
        $"{mediaType}\n{viewer.Role}\n{viewer.OrganisationId}\n{viewer.Subject}\n{request}";

    public byte[]? Find(string version, string key)
    {
        var current = Volatile.Read(ref _current);
        return current.Version == version && current.Responses.TryGetValue(key, out var body) ? body : null;
    }

    public void Add(string version, string key, byte[] body)
    {
        if (body.Length > _capacity / MaxShare)
        {
            return;
        }

        var current = Volatile.Read(ref _current);
        if (current.Version != version)
        {
            // The first answer at a new version retires the old ones; one computed at a version that has
            // passed already (a slow request that started before a write) is not kept.
            if (version != Version())
            {
                return;
            }

            var fresh = new Generation(version);
            var seen = Interlocked.CompareExchange(ref _current, fresh, current);
            current = seen == current ? fresh : seen;
            if (current.Version != version)
            {
                return;
            }
        }

        if (Interlocked.Add(ref current.Bytes, body.Length) > _capacity)
        {
            Interlocked.Add(ref current.Bytes, -body.Length);
            return;
        }

        if (!current.Responses.TryAdd(key, body))
        {
            Interlocked.Add(ref current.Bytes, -body.Length);
        }
    }

    private sealed class Generation(string version)
    {
        public string Version { get; } = version;
        public ConcurrentDictionary<string, byte[]> Responses { get; } = new(StringComparer.Ordinal);
        public long Bytes;
    }
}
