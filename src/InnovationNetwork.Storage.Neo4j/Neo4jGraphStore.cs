using InnovationNetwork.Core.Ports;
using InnovationNetwork.Storage.Neo4j.Cypher;
using InnovationNetwork.Storage.Neo4j.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;

namespace InnovationNetwork.Storage.Neo4j;

/// <summary>
/// The production store: the graph and its change log in a Neo4j database, over Neo4j's HTTP Query API.
/// Nodes carry real labels (<c>:Organisation:University</c>, <c>:Specialism</c> …, and <c>:Entity</c> on all)
/// and relationships real types, so Neo4j Browser and Bloom show the true graph; each also keeps its whole
/// GraphJson in <c>body</c>, which is what the store reads back. Safe to call concurrently and from several
/// instances at once: appends serialise on the change-log counter's lock inside Neo4j.
/// </summary>
/// <remarks>
/// Nothing is contacted when the store is built. The first operation makes sure of the constraints and the
/// change-log counter; if Neo4j cannot be reached it fails with <see cref="StoreUnavailableException"/> and the
/// next operation tries again. Transient failures are retried with backoff (<see cref="Neo4jStoreOptions.MaxRetries"/>),
/// always from the start of the operation, and a commit whose answer was lost is never sent twice: the store
/// first finds out whether it landed.
/// </remarks>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    private readonly Neo4jStoreOptions _options;
    private readonly Neo4jQueryClient _client;
    private readonly ResiliencePipeline _retry;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private volatile bool _schemaReady;
    private int _disposed;

    /// <param name="handler">
    /// The HTTP handler to send through, owned by the caller (a proxy, client certificates, a test's fake);
    /// null for a pooled handler this store owns and disposes.
    /// </param>
    public Neo4jGraphStore(Neo4jStoreOptions options, HttpMessageHandler? handler = null, ILogger<Neo4jGraphStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        _options = options;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _client = new Neo4jQueryClient(options, handler);
        _retry = options.MaxRetries == 0
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Neo4jTransientException>(),
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                MaxDelay = TimeSpan.FromSeconds(10),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    _logger.LogWarning(
                        "{Server}: attempt {Attempt} failed ({Reason}); trying again in {Delay} ms.",
                        _client.Server,
                        args.AttemptNumber + 1,
                        args.Outcome.Exception?.Message,
                        (int)args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            }).Build();
    }

    /// <summary>Names the server and database: "Neo4j at http://localhost:7474 (database neo4j)".</summary>
    public string Server => _client.Server;

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _client.Dispose();
            _schemaLock.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Runs <paramref name="operation"/> (after the schema is in place), from its start again after each
    /// transient failure; what still fails becomes one sentence for an operator.
    /// </summary>
    private async Task<T> ExecuteAsync<T>(string doing, Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken, bool retry = true)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        try
        {
            return await (retry ? _retry : ResiliencePipeline.Empty).ExecuteAsync(
                async token =>
                {
                    await EnsureSchemaAsync(token);
                    return await operation(token);
                },
                cancellationToken);
        }
        catch (Neo4jTransientException e)
        {
            var attempts = retry ? _options.MaxRetries + 1 : 1;
            throw new StoreUnavailableException(
                $"{Server} failed while {doing} ({e.Message}; {attempts} attempt{(attempts == 1 ? "" : "s")}); " +
                "check that Neo4j is running and reachable at Store:Neo4j:Url.",
                e);
        }
    }

    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schemaLock.WaitAsync(cancellationToken);
        try
        {
            if (_schemaReady)
            {
                return;
            }

            foreach (var statement in Neo4jSchemaCypher.All)
            {
                using var _ = await _client.RunAsync(statement, cancellationToken);
            }

            _schemaReady = true;
        }
        finally
        {
            _schemaLock.Release();
        }
    }

    /// <summary>The counter node is gone (the database was emptied under us): make it again, then start over.</summary>
    private Neo4jTransientException CounterMissing()
    {
        _schemaReady = false;
        return new Neo4jTransientException("the change-log counter node is missing; it is being created again", serverAnswered: true);
    }
}
