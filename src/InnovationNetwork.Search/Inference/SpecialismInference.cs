using System.Threading.Channels;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.Core.Organisations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Search.Inference;

/// <summary>
/// Gives organisations that have no specialism at all (created by the seed, an import or a mutation)
/// the specialisms their text is about, as SPECIALISES_IN links marked inferred by their confidence.
/// It watches the graph for such organisations and writes the links afterwards, through the
/// GraphService like any other write (it cannot write while the graph's writer is telling it about a
/// batch). An organisation with any specialism, stated or inferred, is left alone.
/// </summary>
public sealed partial class SpecialismInference(
    ISearchIndex index,
    IServiceProvider services,
    IOptions<SearchOptions> options,
    ILogger<SpecialismInference>? logger = null) : BackgroundService, IGraphObserver
{
    /// <summary>The actor the change log records for inferred links.</summary>
    public const string Actor = "inference:specialisms";

    private const int MaxPerOrganisation = 3;

    /// <summary>Distinct words or phrases that must point to a specialism before it is written: one generic word ("technology") is not enough.</summary>
    private const int MinEvidence = 2;
    private const int BatchSize = 200;

    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    /// <summary>
    /// Nothing to do: organisations are looked at when they are written (seed, import, mutation), not at
    /// every start, which would re-read the text of thousands of imported organisations that had no
    /// evidence the first time.
    /// </summary>
    public void OnLoaded(InnovationGraph graph)
    {
    }

    /// <summary>
    /// Infers for what start-up queued (the seed written into an empty store) before the server listens,
    /// so the first reader sees the same graph every time; later changes are inferred in the background.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RunQueuedAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(e);
        }

        await base.StartAsync(cancellationToken);
    }

    public void OnApplied(ChangeBatch batch, InnovationGraph graph)
    {
        if (!options.Value.InferSpecialisms)
        {
            return;
        }

        foreach (var change in batch.Changes)
        {
            switch (change)
            {
                case PutNode { Node: Organisation o }:
                    Enqueue(graph, o.Id);
                    break;
                case Unlink { Key.Type: RelationshipType.SPECIALISES_IN } unlink:
                    Enqueue(graph, unlink.Key.From);
                    break;
                case Link { Relationship.Type: RelationshipType.PARTICIPATES_IN or RelationshipType.OFFERS } link:
                    Enqueue(graph, link.Relationship.From);
                    break;
            }
        }
    }

    /// <summary>The inferred links for these organisations, from the graph as it is now.</summary>
    public IReadOnlyList<Change> Infer(InnovationGraph graph, IEnumerable<string> organisationIds)
    {
        var changes = new List<Change>();
        foreach (var id in organisationIds.Distinct(StringComparer.Ordinal))
        {
            if (graph.Find<Organisation>(id) is not { } organisation || HasSpecialisms(graph, id))
            {
                continue;
            }

            var text = OrganisationText.Of(graph, organisation);
            foreach (var suggestion in index.SuggestSpecialisms(text, MaxPerOrganisation)
                         .Where(s => s.Confidence >= options.Value.InferenceMinConfidence && s.Evidence.Count >= MinEvidence && graph.Find(s.SpecialismId) is not null))
            {
                changes.Add(new Link(new Relationship(RelationshipType.SPECIALISES_IN, id, suggestion.SpecialismId)
                {
                    Confidence = Math.Round(suggestion.Confidence, 2),
                }));
            }
        }

        return changes;
    }

    /// <summary>Infers and writes for everything queued so far; returns how many links were written.</summary>
    public async Task<int> RunQueuedAsync(CancellationToken cancellationToken = default)
    {
        var written = 0;
        var batch = new List<string>();
        while (_queue.Reader.TryRead(out var id))
        {
            batch.Add(id);
            if (batch.Count >= BatchSize)
            {
                written += await WriteAsync(batch, cancellationToken);
                batch.Clear();
            }
        }

        return written + await WriteAsync(batch, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                try
                {
                    await RunQueuedAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogFailed(e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<int> WriteAsync(List<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return 0;
        }

        var graphService = services.GetRequiredService<GraphService>();
        var changes = Infer(graphService.Graph, ids);
        if (changes.Count == 0)
        {
            return 0;
        }

        var result = await graphService.WriteAsync(Actor, changes, cancellationToken);
        if (!result.Succeeded)
        {
            // Something moved meanwhile (an organisation removed, a specialism stated): leave those for the next change.
            LogRefused(result.Errors.Count, result.Errors[0].Message);
            return 0;
        }

        LogWritten(changes.Count, ids.Count);
        return changes.Count;
    }

    private void Enqueue(InnovationGraph graph, string id)
    {
        if (NodeLabels.FromId(id) == NodeLabel.Organisation && !HasSpecialisms(graph, id))
        {
            _queue.Writer.TryWrite(id);
        }
    }

    private static bool HasSpecialisms(InnovationGraph graph, string id) =>
        graph.Outgoing(id, RelationshipType.SPECIALISES_IN).Count > 0;

    [LoggerMessage(Level = LogLevel.Information, Message = "Inferred {Links} specialism links for {Organisations} organisations without specialisms.")]
    private partial void LogWritten(int links, int organisations);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inferred specialisms were refused ({Count} problems, the first: {Message}); they will be tried again on the organisations' next change.")]
    private partial void LogRefused(int count, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "Inferring specialisms failed.")]
    private partial void LogFailed(Exception e);
}
