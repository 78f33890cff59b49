using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using InnovationNetwork.Core.Ports;

namespace InnovationNetwork.Storage.Neo4j.Http;

/// <summary>
/// Turns Neo4j's errors (<c>{"errors": [{"code": "Neo.ClientError…", "message": …}]}</c>) and HTTP failures
/// into the exceptions the store port promises, with sentences an operator can act on.
/// </summary>
internal static partial class Neo4jErrors
{
    /// <summary>The exception for an error Neo4j answered with; the caller throws it.</summary>
    public static Exception FromServer(string server, string code, string message, string statementName)
    {
        if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) || code == "Neo.ClientError.Cluster.NotALeader")
        {
            return new Neo4jTransientException($"{code}: {Trim(message)}", serverAnswered: true);
        }

        // The Query API answers a request to a transaction that timed out (and was rolled back) like this;
        // the whole operation can start again.
        if (code == "Neo.ClientError.Request.Invalid" && message.Contains("was not found", StringComparison.OrdinalIgnoreCase))
        {
            return new Neo4jTransientException($"the transaction expired on the server ({Trim(message)})", serverAnswered: true);
        }

        if (code == "Neo.ClientError.Schema.ConstraintValidationFailed")
        {
            var id = ConflictingId().Match(message);
            return new StoreConflictException(
                id.Success ? id.Groups[1].Value : "",
                expectedVersion: null,
                storedVersion: null,
                $"{server} refused to {statementName}: a unique constraint was violated ({Trim(message)}); another writer got there first, read again and reapply the change.");
        }

        if (code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) ||
            (code == "Neo.ClientError.Request.InvalidFormat" && message.Contains("authentication", StringComparison.OrdinalIgnoreCase)))
        {
            return new StoreUnavailableException(
                $"{server} refused the store's credentials ({code}: {Trim(message)}); check Store:Neo4j:User and Password (or BearerToken) and the user's roles.");
        }

        if (code == "Neo.ClientError.Database.DatabaseNotFound")
        {
            return new StoreUnavailableException(
                $"{server} has no such database ({Trim(message)}); create it or set Store:Neo4j:Database (Community Edition has only neo4j).");
        }

        if (code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal))
        {
            return new StoreUnavailableException($"{server} failed while trying to {statementName} ({code}: {Trim(message)}).");
        }

        return new Neo4jQueryException(code, statementName, $"{server} refused to {statementName} ({code}: {Trim(message)}).");
    }

    /// <summary>A failure of the HTTP exchange itself, before Neo4j said anything.</summary>
    public static Neo4jTransientException FromTransport(HttpRequestException e) => new(Describe(e), serverAnswered: false, e);

    public static string Describe(HttpRequestException e)
    {
        var socket = e.InnerException as SocketException ?? e.InnerException?.InnerException as SocketException;
        return socket?.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => "connection refused",
            SocketError.ConnectionReset => "connection reset",
            SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData => "host name not found",
            SocketError.HostUnreachable or SocketError.NetworkUnreachable => "host unreachable",
            SocketError.TimedOut => "connection timed out",
            _ => e.HttpRequestError switch
            {
                HttpRequestError.SecureConnectionError => $"TLS handshake failed ({Trim(e.Message)})",
                HttpRequestError.NameResolutionError => "host name not found",
                HttpRequestError.ConnectionError => $"could not connect ({Trim(e.Message)})",
                HttpRequestError.ResponseEnded => "the connection closed before the answer ended",
                _ => Trim(e.Message),
            },
        };
    }

    /// <summary>An HTTP status that came without a Neo4j error in the body.</summary>
    public static Exception FromStatus(string server, HttpStatusCode status, string path, string statementName)
    {
        var code = (int)status;
        if (code >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
        {
            return new Neo4jTransientException($"HTTP {code} {status} from {server}", serverAnswered: false);
        }

        if (status == HttpStatusCode.Unauthorized)
        {
            return new StoreUnavailableException(
                $"{server} answered 401 Unauthorized; check Store:Neo4j:User and Password (or BearerToken).");
        }

        if (status == HttpStatusCode.NotFound)
        {
            return new StoreUnavailableException(
                $"{server} answered 404 for {path}: Store:Neo4j:Url must be Neo4j's HTTP address (port 7474, or 7473 for https) " +
                "and the server Neo4j 5.26 or later, where the Query API and its explicit transactions are enabled.");
        }

        return new Neo4jQueryException($"HTTP {code}", statementName, $"{server} answered HTTP {code} {status} to {path} while trying to {statementName}.");
    }

    public static string Trim(string text)
    {
        var line = string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
        return line.Length <= 300 ? line : string.Concat(line.AsSpan(0, 300), "…");
    }

    // Neo4j 5: "Node(12) already exists with label `Entity` and property `id` = 'org-x'".
    [GeneratedRegex("property `id` = '([^']*)'")]
    private static partial Regex ConflictingId();
}
