using System.Diagnostics.Metrics;
using InnovationNetwork.Api.Hosting;
using InnovationNetwork.Api.Hosting.Replication;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Search;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.Telemetry;

/// <summary>
/// The service's own instruments, on the meter <see cref="MeterName"/> (made by the host's IMeterFactory, so
/// each host, and each test's host, has its own): how long GraphQL requests and store operations take, how far
/// this instance is behind the change log, how big the graph and the search index are. The gauges are read
/// from memory when a collector asks; none of them touches the store.
/// </summary>
public sealed class InnovationNetworkMetrics
{
    public const string MeterName = "InnovationNetwork";

    public const string GraphQLRequestDuration = "innovation_network.graphql.request.duration";
    public const string StoreOperationDuration = "innovation_network.store.operation.duration";
    public const string GraphReloads = "innovation_network.graph.reloads";
    public const string ReplicationLag = "innovation_network.replication.lag";
    public const string ReplicationSinceCatchUp = "innovation_network.replication.since_catch_up";
    public const string GraphNodes = "innovation_network.graph.nodes";
    public const string GraphSequence = "innovation_network.graph.sequence";
    public const string IndexDocuments = "innovation_network.search.index.documents";
    public const string IndexSize = "innovation_network.search.index.size";

    // Seconds, from half a millisecond (an in-memory read) to ten seconds (a slow store or a timeout).
    private static readonly InstrumentAdvice<double> DurationBuckets = new()
    {
        HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    };

    private readonly IServiceProvider _services;
    private readonly Histogram<double> _graphQLDuration;
    private readonly Histogram<double> _storeDuration;
    private readonly Counter<long> _reloads;

    public InnovationNetworkMetrics(IMeterFactory meterFactory, IServiceProvider services)
    {
        _services = services;
        var meter = meterFactory.Create(MeterName);
        _graphQLDuration = meter.CreateHistogram(GraphQLRequestDuration, "s",
            "How long GraphQL requests take to execute (validation and resolvers), by graphql.operation.type and outcome (ok, errors).",
            advice: DurationBuckets);
        _storeDuration = meter.CreateHistogram(StoreOperationDuration, "s",
            "How long the store takes, by store.operation (append, read_graph, read_changes, current_sequence, check_health) " +
            "and outcome (ok, conflict, unavailable, cancelled, error).",
            advice: DurationBuckets);
        _reloads = meter.CreateCounter<long>(GraphReloads, "{reload}",
            "Full reloads of the graph forced by the change log (reason: ChangeLogGap, StoreBehindGraph, ChangeLogRewritten).");
        meter.CreateObservableGauge(ReplicationLag, ObserveLag, "{batch}",
            "Change-log batches in the store that this instance has not applied: the store's last sequence, as last read, minus the graph's.");
        meter.CreateObservableGauge(ReplicationSinceCatchUp, ObserveSinceCatchUp, "s",
            "Time since this instance last read the change log successfully; grows while the store cannot be reached.");
        meter.CreateObservableGauge(GraphNodes, () => ObserveGraph(g => (long)g.NodeCount), "{node}", "Nodes in this instance's in-memory graph.");
        meter.CreateObservableGauge(GraphSequence, () => ObserveGraph(g => g.Sequence), "{batch}", "The change-log sequence this instance's graph is at.");
        meter.CreateObservableGauge(IndexDocuments, ObserveIndexDocuments, "{document}", "Documents in this instance's search index.");
        meter.CreateObservableGauge(IndexSize, ObserveIndexBytes, "By", "Bytes of this instance's search index on disk (absent for an index in memory).");
    }

    internal void GraphQLExecuted(string operationType, bool hasErrors, TimeSpan took) =>
        _graphQLDuration.Record(took.TotalSeconds,
            new KeyValuePair<string, object?>("graphql.operation.type", operationType),
            new KeyValuePair<string, object?>("outcome", hasErrors ? "errors" : "ok"));

    internal void StoreOperation(string operation, string outcome, TimeSpan took) =>
        _storeDuration.Record(took.TotalSeconds,
            new KeyValuePair<string, object?>("store.operation", operation),
            new KeyValuePair<string, object?>("outcome", outcome));

    internal void GraphReloaded(GraphReloadReason reason) =>
        _reloads.Add(1, new KeyValuePair<string, object?>("reason", reason.ToString()));

    // Until the graph is loaded there is no graph to measure, and asking for the GraphService could open the store.
    private InnovationGraph? LoadedGraph() =>
        _services.GetRequiredService<GraphReadiness>().IsLoaded ? _services.GetRequiredService<GraphService>().Graph : null;

    private IEnumerable<Measurement<long>> ObserveGraph(Func<InnovationGraph, long> measure) =>
        LoadedGraph() is { } graph ? [new Measurement<long>(measure(graph))] : [];

    private IEnumerable<Measurement<long>> ObserveLag()
    {
        if (LoadedGraph() is not { } graph)
        {
            return [];
        }

        var store = _services.GetRequiredService<ReplicationStatus>().Current.StoreSequence;
        return [new Measurement<long>(Math.Max(0, store - graph.Sequence))];
    }

    private IEnumerable<Measurement<double>> ObserveSinceCatchUp() =>
        LoadedGraph() is null ? [] : [new Measurement<double>(_services.GetRequiredService<ReplicationStatus>().SinceLastCatchUp.TotalSeconds)];

    private IEnumerable<Measurement<long>> ObserveIndexDocuments()
    {
        if (LoadedGraph() is null || _services.GetService<LuceneIndex>() is not { } index)
        {
            return [];
        }

        try
        {
            return [new Measurement<long>(index.DocumentCount)];
        }
        catch (ObjectDisposedException)
        {
            return []; // Shutting down.
        }
    }

    private IEnumerable<Measurement<long>> ObserveIndexBytes()
    {
        var options = _services.GetService<IOptions<SearchOptions>>()?.Value;
        if (options is null || options.InMemory || string.IsNullOrEmpty(options.IndexDirectory) || !Directory.Exists(options.IndexDirectory))
        {
            return [];
        }

        try
        {
            return [new Measurement<long>(new DirectoryInfo(options.IndexDirectory).EnumerateFiles().Sum(f => f.Length))];
        }
        catch (IOException)
        {
            return []; // A segment merged away while it was listed: the next collection sees the new files.
        }
    }
}
