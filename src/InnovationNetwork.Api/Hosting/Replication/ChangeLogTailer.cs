using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Ports;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.Hosting.Replication;

/// <summary>
/// Keeps this instance's graph in step with the store: every <see cref="ReplicationOptions.PollInterval"/> it
/// asks the <see cref="GraphService"/> to catch up with the change log, so other instances' writes are
/// visible here within about that long. While the graph has never been loaded (the store unreachable at
/// start-up) it retries the load instead. Failures back off from <see cref="ReplicationOptions.RetryDelay"/>
/// to <see cref="ReplicationOptions.MaxRetryDelay"/>; reads go on from memory meanwhile.
/// </summary>
/// <remarks>
/// Lifetime: one per process, started by the host after GraphStartup (hosted services start in the order they
/// were added) and stopped, with its catch-up cancelled and awaited, when the host stops, before the container
/// disposes the search index and the store it reads.
/// </remarks>
internal sealed partial class ChangeLogTailer(
    IServiceProvider services,
    GraphLoader loader,
    GraphReadiness readiness,
    ReplicationStatus status,
    IOptions<ReplicationOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    ILogger<ChangeLogTailer> logger) : BackgroundService
{
    private readonly ReplicationOptions _options = options.Value;
    private int _failures;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _failures = readiness.LastFailure?.Attempts ?? 0;
        var wait = readiness.IsLoaded ? _options.PollInterval : _options.RetryDelay;
        try
        {
            while (readiness.Fatal is null)
            {
                await Task.Delay(wait, clock, stoppingToken);
                wait = readiness.IsLoaded ? await PollAsync(stoppingToken) : await LoadAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task<TimeSpan> LoadAsync(CancellationToken stoppingToken)
    {
        try
        {
            await loader.LoadAsync(stoppingToken);
            LogLoadedAfterRetries(_failures + 1);
            _failures = 0;
            return _options.PollInterval;
        }
        catch (StoreUnavailableException e)
        {
            _failures++;
            var wait = Backoff();
            readiness.MarkLoadFailed(e.Message, _failures, clock.GetUtcNow() + wait);
            LogLoadFailed(_failures, e.Message, (long)wait.TotalMilliseconds);
            return wait;
        }
        catch (StartupFailedException e)
        {
            // Found only now that the store answers (a bad seed for an empty store …): no retry can fix it.
            readiness.MarkFatal(e.Message);
            LogFatal(e.Message);
            lifetime.StopApplication();
            return _options.PollInterval;
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // Not a sentence from the store: log it in full, and keep trying as for an unreachable store.
            _failures++;
            var wait = Backoff();
            readiness.MarkLoadFailed(e.Message, _failures, clock.GetUtcNow() + wait);
            LogLoadFailedUnexpectedly(e, _failures);
            return wait;
        }
    }

    private async Task<TimeSpan> PollAsync(CancellationToken stoppingToken)
    {
        try
        {
            var result = await services.GetRequiredService<GraphService>().CatchUpAsync(stoppingToken);
            status.CaughtUp(result.StoreSequence);
            if (_failures > 0)
            {
                LogResumed(_failures, result.Applied, result.StoreSequence);
                _failures = 0;
            }

            return _options.PollInterval;
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // StoreUnavailableException is the expected one; anything else (a closed store, a bug in an observer)
            // is logged in full, and the tailer keeps trying rather than leaving the instance silently behind.
            _failures++;
            status.Failed(e.Message);
            var wait = Backoff();
            if (_failures == 1)
            {
                if (e is StoreUnavailableException)
                {
                    LogLost(e.Message, (long)wait.TotalMilliseconds);
                }
                else
                {
                    LogPollFailed(e);
                }
            }

            return wait;
        }
    }

    /// <summary>RetryDelay × 2^(failures − 1), at most MaxRetryDelay, never under PollInterval, with ±20 % jitter so instances spread out.</summary>
    private TimeSpan Backoff()
    {
        var doubled = _options.RetryDelay.TotalMilliseconds * Math.Pow(2, Math.Min(_failures - 1, 20));
        var capped = Math.Min(doubled, _options.MaxRetryDelay.TotalMilliseconds);
        var jittered = capped * (0.8 + (Random.Shared.NextDouble() * 0.4));
        return TimeSpan.FromMilliseconds(Math.Max(jittered, _options.PollInterval.TotalMilliseconds));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Load attempt {Attempt} failed: {Reason} Trying again in {RetryMilliseconds} ms.")]
    private partial void LogLoadFailed(int attempt, string reason, long retryMilliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Load attempt {Attempt} failed unexpectedly; trying again with backoff.")]
    private partial void LogLoadFailedUnexpectedly(Exception e, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "The store answered at load attempt {Attempt}; the service is ready.")]
    private partial void LogLoadedAfterRetries(int attempt);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The service cannot start and is stopping: {Reason}")]
    private partial void LogFatal(string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Lost the store: {Reason} Reads go on from memory, writes fail until it is back; trying again in {RetryMilliseconds} ms, then with backoff.")]
    private partial void LogLost(string reason, long retryMilliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Catching up with the change log failed; trying again with backoff.")]
    private partial void LogPollFailed(Exception e);

    [LoggerMessage(Level = LogLevel.Information, Message = "The store is back after {Failures} failed attempts; applied {Applied} batches, now at sequence {Sequence}.")]
    private partial void LogResumed(int failures, int applied, long sequence);
}
