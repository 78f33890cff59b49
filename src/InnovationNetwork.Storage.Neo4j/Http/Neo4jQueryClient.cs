using System.Buffers;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using InnovationNetwork.Storage.Neo4j.Cypher;

namespace InnovationNetwork.Storage.Neo4j.Http;

/// <summary>
/// Speaks Neo4j's HTTP Query API: <c>POST /db/{database}/query/v2</c> for a statement in its own (implicit)
/// transaction, and <c>/db/{database}/query/v2/tx</c> for explicit ones (<see cref="Neo4jTransaction"/>).
/// Requests and answers are typed JSON. One request, one attempt: retrying is the caller's business,
/// because only the caller knows where an operation can safely start again.
/// </summary>
internal sealed class Neo4jQueryClient : IDisposable
{
    /// <summary>Neo4j names the cluster member that holds an explicit transaction; later requests must replay it.</summary>
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly TimeSpan _requestTimeout;
    private readonly string _queryPath;

    /// <param name="handler">The HTTP handler to send through; null for a pooled one this client owns. Tests pass a fake.</param>
    public Neo4jQueryClient(Neo4jStoreOptions options, HttpMessageHandler? handler = null)
    {
        var url = options.Url.EndsWith('/') ? options.Url : options.Url + "/";
        _http = handler is null
            ? new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), ConnectTimeout = options.RequestTimeout })
            : new HttpClient(handler, disposeHandler: false);
        _http.BaseAddress = new Uri(url);

        // Each request has its own timeout (RequestTimeout), linked with the caller's cancellation.
        _http.Timeout = Timeout.InfiniteTimeSpan;
        _requestTimeout = options.RequestTimeout;
        _queryPath = $"db/{Uri.EscapeDataString(options.Database)}/query/v2";
        _authorization = Authorization(options);
        Server = $"Neo4j at {options.Url.TrimEnd('/')} (database {options.Database})";
    }

    /// <summary>Names the server and database in sentences: "Neo4j at http://localhost:7474 (database neo4j)".</summary>
    public string Server { get; }

    /// <summary>Runs one statement in an implicit transaction of its own: it commits when the answer comes.</summary>
    public async Task<Neo4jResult> RunAsync(Neo4jStatement statement, CancellationToken cancellationToken) =>
        (await SendAsync(HttpMethod.Post, _queryPath, statement, affinity: null, statement.Name, cancellationToken)).Result;

    /// <summary>Opens an explicit transaction, running <paramref name="first"/> in it.</summary>
    public async Task<(Neo4jTransaction Transaction, Neo4jResult Result)> BeginAsync(Neo4jStatement first, CancellationToken cancellationToken)
    {
        var (result, affinity) = await SendAsync(HttpMethod.Post, $"{_queryPath}/tx", first, affinity: null, first.Name, cancellationToken);
        if (result.TransactionId is null)
        {
            result.Dispose();
            throw new Neo4jQueryException("", first.Name, $"{Server} opened no transaction (its answer has no transaction id) while trying to {first.Name}.");
        }

        return (new Neo4jTransaction(this, result.TransactionId, affinity), result);
    }

    internal async Task<Neo4jResult> SendInTransactionAsync(
        HttpMethod method, string transactionId, string suffix, Neo4jStatement? statement, string? affinity, string doing, CancellationToken cancellationToken)
    {
        var path = $"{_queryPath}/tx/{Uri.EscapeDataString(transactionId)}{suffix}";
        return (await SendAsync(method, path, statement, affinity, doing, cancellationToken)).Result;
    }

    private async Task<(Neo4jResult Result, string? Affinity)> SendAsync(
        HttpMethod method, string path, Neo4jStatement? statement, string? affinity, string doing, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(Neo4jTypedJson.MediaType));
        request.Headers.Authorization = _authorization;
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        if (statement is not null)
        {
            request.Content = Body(statement);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_requestTimeout);
        byte[] body;
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
            body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
        }
        catch (HttpRequestException e)
        {
            throw Neo4jErrors.FromTransport(e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jTransientException($"no answer within {_requestTimeout.TotalSeconds:0.#} s (Store:Neo4j:RequestTimeout)", serverAnswered: false, e);
        }
        catch (IOException e)
        {
            throw new Neo4jTransientException($"the connection failed ({Neo4jErrors.Trim(e.Message)})", serverAnswered: false, e);
        }

        using (response)
        {
            var document = TryParse(body);
            try
            {
                if (document is not null && FirstError(document.RootElement) is var (code, message) && code is not null)
                {
                    throw Neo4jErrors.FromServer(Server, code, message ?? "", doing);
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw Neo4jErrors.FromStatus(Server, response.StatusCode, path, doing);
                }

                if (document is null)
                {
                    // A commit or rollback may answer with an empty body.
                    if (body.Length == 0)
                    {
                        return (Neo4jResult.Parse(JsonDocument.Parse("{}")), Affinity(response, affinity));
                    }

                    throw new Neo4jQueryException("", doing, $"{Server} answered {(int)response.StatusCode} with something that is not JSON while trying to {doing}.");
                }

                var result = Neo4jResult.Parse(document);
                document = null;
                return (result, Affinity(response, affinity));
            }
            finally
            {
                document?.Dispose();
            }
        }
    }

    public void Dispose() => _http.Dispose();

    private static ByteArrayContent Body(Neo4jStatement statement)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement.Text);
            writer.WriteStartObject("parameters");
            foreach (var (name, value) in statement.Parameters)
            {
                writer.WritePropertyName(name);
                Neo4jTypedJson.Write(writer, value);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        var content = new ByteArrayContent(buffer.WrittenSpan.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue(Neo4jTypedJson.MediaType);
        return content;
    }

    private static JsonDocument? TryParse(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static (string? Code, string? Message) FirstError(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
        {
            return (null, null);
        }

        foreach (var error in errors.EnumerateArray())
        {
            var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = error.TryGetProperty("message", out var m) ? m.GetString() : null;
            return (code ?? "Neo.DatabaseError.General.UnknownError", message);
        }

        return (null, null);
    }

    private static string? Affinity(HttpResponseMessage response, string? sent) =>
        response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() ?? sent : sent;

    // The Query API's guide: Basic is base64(user:password) in UTF-8 (RFC 7617); Bearer is the token, base64-encoded.
    private static AuthenticationHeaderValue? Authorization(Neo4jStoreOptions options)
    {
        if (!string.IsNullOrEmpty(options.BearerToken))
        {
            return new AuthenticationHeaderValue("Bearer", Convert.ToBase64String(Encoding.UTF8.GetBytes(options.BearerToken)));
        }

        if (!string.IsNullOrEmpty(options.User))
        {
            return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        }

        return null;
    }
}
