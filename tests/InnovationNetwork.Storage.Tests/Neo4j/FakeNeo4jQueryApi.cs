using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using InnovationNetwork.Storage.Neo4j.Http;

namespace InnovationNetwork.Storage.Tests.Neo4j;

/// <summary>
/// A LOCAL FAKE of Neo4j's HTTP Query API, in process (an <see cref="HttpMessageHandler"/>): it records every
/// request and answers in the API's documented shapes (202 with typed JSON, <c>transaction</c> metadata,
/// <c>errors</c>), from rules a test sets and otherwise from a small model of the change-log counter and
/// stored versions. It proves the exchange this store makes; it is not Neo4j and runs no Cypher, so it
/// cannot stand in for the contract suite against a real server.
/// </summary>
internal sealed class FakeNeo4jQueryApi : HttpMessageHandler
{
    private readonly List<(Func<FakeRequest, bool> When, Func<FakeRequest, HttpResponseMessage> Answer, int Times)> _rules = [];
    private readonly object _gate = new();
    private int _transactions;
    private long _pendingSequence;

    public List<FakeRequest> Requests { get; } = [];

    /// <summary>What the change-log counter holds; a commit after a lock moves it on.</summary>
    public long Sequence { get; set; }

    /// <summary>The stored versions the fake reports for node ids.</summary>
    public Dictionary<string, int> Versions { get; } = new(StringComparer.Ordinal);

    public string Affinity { get; set; } = "ZmFrZS1tZW1iZXItMQ==";

    /// <summary>Answers the next <paramref name="times"/> requests that match with <paramref name="answer"/> (which may throw, as a dead socket does).</summary>
    public FakeNeo4jQueryApi When(Func<FakeRequest, bool> when, Func<FakeRequest, HttpResponseMessage> answer, int times = 1)
    {
        lock (_gate)
        {
            _rules.Add((when, answer, times));
        }

        return this;
    }

    public IEnumerable<FakeRequest> Statements(string fragment) => Requests.Where(r => r.Statement?.Contains(fragment, StringComparison.Ordinal) == true);

    public IEnumerable<FakeRequest> Begins => Requests.Where(r => r.Method == HttpMethod.Post && r.Path.EndsWith("/query/v2/tx", StringComparison.Ordinal));

    public IEnumerable<FakeRequest> Commits => Requests.Where(r => r.Path.EndsWith("/commit", StringComparison.Ordinal));

    public IEnumerable<FakeRequest> Rollbacks => Requests.Where(r => r.Method == HttpMethod.Delete);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var recorded = await FakeRequest.RecordAsync(request, cancellationToken);
        Func<FakeRequest, HttpResponseMessage>? answer = null;
        lock (_gate)
        {
            Requests.Add(recorded);
            var index = _rules.FindIndex(r => r.When(recorded));
            if (index >= 0)
            {
                var rule = _rules[index];
                answer = rule.Answer;
                if (rule.Times <= 1)
                {
                    _rules.RemoveAt(index);
                }
                else
                {
                    _rules[index] = rule with { Times = rule.Times - 1 };
                }
            }
        }

        return answer is not null ? answer(recorded) : Default(recorded);
    }

    private HttpResponseMessage Default(FakeRequest request)
    {
        lock (_gate)
        {
            var path = request.Path;
            if (request.Method == HttpMethod.Delete)
            {
                return Answer(new { bookmarks = Array.Empty<string>() });
            }

            var inTransaction = path.Contains("/tx", StringComparison.Ordinal);
            var commit = path.EndsWith("/commit", StringComparison.Ordinal);
            var id = path.EndsWith("/tx", StringComparison.Ordinal) ? $"tx-{++_transactions}" : inTransaction ? path.Split('/')[6] : null;
            var (fields, rows) = Rows(request);
            if (commit)
            {
                Sequence = Math.Max(Sequence, _pendingSequence);
            }

            var response = Data(fields, rows, transactionId: commit ? null : id);
            if (inTransaction)
            {
                response.Headers.Add(Neo4jQueryClient.AffinityHeader, Affinity);
            }

            return response;
        }
    }

    private (string[] Fields, object?[][] Rows) Rows(FakeRequest request)
    {
        var statement = request.Statement ?? "";
        if (statement.Contains("log.sequence = log.sequence + 1", StringComparison.Ordinal))
        {
            _pendingSequence = Sequence + 1;
            return (["sequence"], [[_pendingSequence]]);
        }

        if (statement.Contains("RETURN log.sequence AS sequence", StringComparison.Ordinal))
        {
            return (["sequence"], [[Sequence]]);
        }

        if (statement.Contains("n.version AS version", StringComparison.Ordinal))
        {
            var ids = ((List<object?>)request.Parameter("ids")!).Cast<string>();
            return (["id", "version"], [.. ids.Where(Versions.ContainsKey).Select(i => new object?[] { i, (long)Versions[i] })]);
        }

        if (statement.Contains("count(r) AS linked", StringComparison.Ordinal))
        {
            return (["linked"], [[(long)((List<object?>)request.Parameter("rows")!).Count]]);
        }

        return ([], []);
    }

    /// <summary>A 202 answer with typed JSON rows, as the Query API sends.</summary>
    public static HttpResponseMessage Data(string[] fields, object?[][] rows, string? transactionId = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("data");
            writer.WriteStartArray("fields");
            foreach (var field in fields)
            {
                writer.WriteStringValue(field);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("values");
            foreach (var row in rows)
            {
                writer.WriteStartArray();
                foreach (var value in row)
                {
                    if (value is TypedValue typed)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("$type", typed.Type);
                        writer.WriteString("_value", typed.Value);
                        writer.WriteEndObject();
                    }
                    else
                    {
                        Neo4jTypedJson.Write(writer, value);
                    }
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteStartArray("bookmarks");
            writer.WriteStringValue("FB:fake");
            writer.WriteEndArray();
            if (transactionId is not null)
            {
                writer.WriteStartObject("transaction");
                writer.WriteString("id", transactionId);
                writer.WriteString("expires", "2030-01-01T00:00:00Z");
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return Raw(HttpStatusCode.Accepted, Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>An error answer: 202 with <c>{"errors": [{code, message}]}</c>, as the Query API reports statement failures.</summary>
    public static HttpResponseMessage Error(string code, string message, HttpStatusCode status = HttpStatusCode.Accepted) =>
        Raw(status, JsonSerializer.Serialize(new { errors = new[] { new { code, message } } }));

    public static HttpResponseMessage Status(HttpStatusCode status, string body = "") => Raw(status, body);

    /// <summary>What HttpClient throws when nothing listens on the port.</summary>
    public static HttpResponseMessage Refuse(FakeRequest request) =>
        throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (localhost:7474)", new SocketException((int)SocketError.ConnectionRefused));

    /// <summary>What HttpClient throws when the connection drops before the answer arrives.</summary>
    public static HttpResponseMessage Drop(FakeRequest request) =>
        throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.");

    private static HttpResponseMessage Answer(object body) => Raw(HttpStatusCode.Accepted, JsonSerializer.Serialize(body));

    private static HttpResponseMessage Raw(HttpStatusCode status, string body) => new(status)
    {
        Content = new StringContent(body, Encoding.UTF8, Neo4jTypedJson.MediaType),
    };
}

/// <summary>A typed value written as given, for types the store only reads (a zoned date-time with nine digits).</summary>
internal sealed record TypedValue(string Type, string Value);

/// <summary>One request the fake received, with its body parsed.</summary>
internal sealed record FakeRequest(HttpMethod Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Statement
    {
        get
        {
            using var json = Json();
            return json?.RootElement.TryGetProperty("statement", out var statement) == true ? statement.GetString() : null;
        }
    }

    public static async Task<FakeRequest> RecordAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var body = "";
        if (request.Content is not null)
        {
            body = await request.Content.ReadAsStringAsync(cancellationToken);
            foreach (var header in request.Content.Headers)
            {
                headers[header.Key] = string.Join(",", header.Value);
            }
        }

        return new FakeRequest(request.Method, request.RequestUri!.AbsolutePath, headers, body);
    }

    /// <summary>A parameter, decoded from typed JSON (see <see cref="Neo4jTypedJson.Read"/>).</summary>
    public object? Parameter(string name)
    {
        using var json = Json();
        return json is not null && json.RootElement.GetProperty("parameters").TryGetProperty(name, out var value) ? Neo4jTypedJson.Read(value) : null;
    }

    public IReadOnlyList<string> ParameterNames()
    {
        using var json = Json();
        return json is null ? [] : [.. json.RootElement.GetProperty("parameters").EnumerateObject().Select(p => p.Name)];
    }

    private JsonDocument? Json() => Body.Length == 0 ? null : JsonDocument.Parse(Body);
}
