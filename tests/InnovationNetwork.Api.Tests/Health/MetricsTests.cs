using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using InnovationNetwork.Api.Tests.Infrastructure;
using InnovationNetwork.Core.Graph;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using static InnovationNetwork.Api.Telemetry.InnovationNetworkMetrics;

namespace InnovationNetwork.Api.Tests.Health;

/// <summary>The service's own instruments, heard through an in-memory MeterListener on this test's host only.</summary>
public sealed class MetricsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task TheInstrumentsReportGraphQLAndStoreDurationsReplicationLagAndTheSizeOfTheGraphAndIndex()
    {
        var client = factory.CreateClient();
        using var heard = new HeardMeasurements(factory.Services.GetRequiredService<IMeterFactory>());

        await client.PostGraphQLAsync(GraphQLHttpClientExtensions.Body("""{ node(id: "place-E06000057") { id } }"""));
        await factory.Services.GetRequiredService<GraphService>().CatchUpAsync();
        heard.CollectGauges();

        var request = Assert.Single(heard[GraphQLRequestDuration]);
        Assert.Equal("query", request.Tags["graphql.operation.type"]);
        Assert.Equal("ok", request.Tags["outcome"]);
        Assert.InRange(request.Value, 0, 10);
        Assert.Contains(heard[StoreOperationDuration], m => (string?)m.Tags["store.operation"] == "current_sequence" && (string?)m.Tags["outcome"] == "ok");
        Assert.Equal(0, Assert.Single(heard[ReplicationLag]).Value);
        Assert.InRange(Assert.Single(heard[ReplicationSinceCatchUp]).Value, 0, 60);
        Assert.True(Assert.Single(heard[GraphNodes]).Value > 100);
        Assert.True(Assert.Single(heard[GraphSequence]).Value >= 1);
        Assert.True(Assert.Single(heard[IndexDocuments]).Value > 0);
        Assert.True(Assert.Single(heard[IndexSize]).Value > 0);
    }

    [Fact]
    public async Task AFailedStoreCallIsTimedWithItsOutcome()
    {
        await using var app = new ApiFactory();
        app.CreateClient();
        using var heard = new HeardMeasurements(app.Services.GetRequiredService<IMeterFactory>());

        await Assert.ThrowsAnyAsync<Exception>(() => app.Store.AppendAsync("test", []));

        Assert.Contains(heard[StoreOperationDuration], m => (string?)m.Tags["store.operation"] == "append" && (string?)m.Tags["outcome"] == "error");
    }

    [Fact]
    public void WithoutAnOtlpEndpointNoOpenTelemetryPipelineIsBuilt()
    {
        factory.CreateClient();

        Assert.Null(factory.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task WithAnOtlpEndpointTheMetricsAreExportedThroughOpenTelemetry()
    {
        // Nothing listens there: the exporter only logs its failures, the service runs on.
        await using var app = new ApiFactory().With("Telemetry:OtlpEndpoint", "http://127.0.0.1:4317");
        app.CreateClient();

        Assert.NotNull(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task AnOtlpEndpointThatIsNotAnAddressStopsStartUpSayingSo()
    {
        await using var app = new ApiFactory().With("Telemetry:OtlpEndpoint", "collector:4317");

        var failure = Record.Exception(() => app.CreateClient());

        Assert.Contains("Telemetry:OtlpEndpoint is not an http(s) address", failure?.Message);
    }

    /// <summary>What the InnovationNetwork meter of one host reported, by instrument name.</summary>
    private sealed class HeardMeasurements : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentDictionary<string, ConcurrentQueue<Heard>> _heard = new();

        public HeardMeasurements(IMeterFactory host)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == MeterName && ReferenceEquals(instrument.Meter.Scope, host))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
            _listener.Start();
        }

        public IReadOnlyList<Heard> this[string instrument] => _heard.TryGetValue(instrument, out var q) ? q.ToList() : [];

        public void CollectGauges() => _listener.RecordObservableInstruments();

        public void Dispose() => _listener.Dispose();

        private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
            _heard.GetOrAdd(instrument.Name, _ => new()).Enqueue(new Heard(value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
    }

    private sealed record Heard(double Value, IReadOnlyDictionary<string, object?> Tags);
}
