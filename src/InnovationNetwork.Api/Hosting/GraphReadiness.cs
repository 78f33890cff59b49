namespace InnovationNetwork.Api.Hosting;

/// <summary>
/// Whether this instance's graph has been loaded from the store and, until it has, why not: the store's
/// own sentence from the last attempt and when the next one is due. Set by GraphStartup (the first
/// attempt, before the server listens) and by the ChangeLogTailer (the retries); read by health and by
/// the gate that answers 503 meanwhile.
/// </summary>
public sealed class GraphReadiness
{
    private volatile LoadAttempt? _lastFailure;
    private volatile string? _fatal;
    private volatile bool _loaded;

    public bool IsLoaded => _loaded;

    /// <summary>The last failed attempt to load, while the graph is not loaded; null once it is.</summary>
    public LoadAttempt? LastFailure => _loaded ? null : _lastFailure;

    /// <summary>Why the service gave up (a problem no retry can fix, found on a retried load); it then stops.</summary>
    public string? Fatal => _fatal;

    /// <summary>Why requests cannot be served yet, in one sentence.</summary>
    public string NotReadyReason => _fatal ?? (_lastFailure is { } failure
        ? $"The graph could not be loaded from the store ({failure.Attempts} attempt{(failure.Attempts == 1 ? "" : "s")}; " +
          $"retrying at {failure.NextAttemptAt:HH:mm:ss} UTC): {failure.Reason}"
        : "The graph is still being loaded from the store.");

    internal void MarkLoaded()
    {
        _loaded = true;
        _lastFailure = null;
    }

    internal void MarkLoadFailed(string reason, int attempts, DateTimeOffset nextAttemptAt) =>
        _lastFailure = new LoadAttempt(reason, attempts, nextAttemptAt);

    internal void MarkFatal(string reason) => _fatal = reason;
}

/// <summary>A failed attempt to load the graph: the store's sentence, how many attempts so far, when the next is due.</summary>
public sealed record LoadAttempt(string Reason, int Attempts, DateTimeOffset NextAttemptAt);
