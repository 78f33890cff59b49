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
    private readonly ConcurrentDictionary<string, Flight> _flights = new(StringComparer.Ordinal);
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

    /// <summary>
    /// Joins the execution of an identical request (same version and key) already under way, or starts one.
    /// The first request of a kind leads: it executes and then ends its flight with <see cref="Flight.Land"/>
    /// (its bytes, or null when it has none to share); the others wait for those bytes instead of executing
    /// the same query again — at a million organisations, sixteen clients asking at once for a page that
    /// takes two seconds had it executed sixteen times on two cores, seconds of waiting for each.
    /// </summary>
    public Flight Board(string version, string key)
    {
        var flight = new Flight(this, $"{version}\n{key}");
        var underway = _flights.GetOrAdd(flight.Key, flight);
        return underway == flight ? flight : underway.AsFollower();
    }

    /// <summary>One execution of a request that identical requests arriving meanwhile wait for.</summary>
    public sealed class Flight
    {
        private readonly GraphQLResponseCache _cache;
        private readonly TaskCompletionSource<byte[]?> _answer;

        internal Flight(GraphQLResponseCache cache, string key)
            : this(cache, key, new TaskCompletionSource<byte[]?>(TaskCreationOptions.RunContinuationsAsynchronously), leads: true)
        {
        }

        private Flight(GraphQLResponseCache cache, string key, TaskCompletionSource<byte[]?> answer, bool leads)
        {
            _cache = cache;
            Key = key;
            _answer = answer;
            Leads = leads;
        }

        internal string Key { get; }

        /// <summary>Whether this request executes; otherwise it waits for <see cref="Answer"/>.</summary>
        public bool Leads { get; }

        /// <summary>The leader's bytes, or null when it has none to share (an error, a mutation, a failure).</summary>
        public Task<byte[]?> Answer => _answer.Task;

        /// <summary>Ends the leader's flight; later calls, and calls by a follower, do nothing.</summary>
        public void Land(byte[]? body)
        {
            if (Leads && _answer.TrySetResult(body))
            {
                _cache._flights.TryRemove(new KeyValuePair<string, Flight>(Key, this));
            }
        }

        internal Flight AsFollower() => new(_cache, Key, _answer, leads: false);
    }

    private sealed class Generation(string version)
    {
        public string Version { get; } = version;
        public ConcurrentDictionary<string, byte[]> Responses { get; } = new(StringComparer.Ordinal);
        public long Bytes;
    }
}
