namespace InnovationNetwork.Storage.Neo4j.Http;

/// <summary>
/// A failure that may pass if the whole operation is tried again: Neo4j's <c>Neo.TransientError.*</c>, a
/// lost leader, HTTP 5xx, a refused or reset connection, a timeout. Only the retry pipeline catches it; what
/// escapes the retries becomes a StoreUnavailableException.
/// </summary>
internal sealed class Neo4jTransientException(string reason, bool serverAnswered, Exception? inner = null) : Exception(reason, inner)
{
    /// <summary>
    /// True when Neo4j itself answered with a transient error, so the request is known to have failed. False
    /// when no answer came (or a proxy answered): a commit sent then may or may not have taken effect.
    /// </summary>
    public bool ServerAnswered { get; } = serverAnswered;
}
