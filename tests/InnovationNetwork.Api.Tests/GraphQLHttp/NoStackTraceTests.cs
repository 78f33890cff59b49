using System.Text;
using InnovationNetwork.Api.Tests.Infrastructure;
using static InnovationNetwork.Api.Tests.Infrastructure.GraphQLHttpClientExtensions;

namespace InnovationNetwork.Api.Tests.GraphQLHttp;

/// <summary>Every bad request we could think of gets a 4xx (or a 200 with errors), never a 500 or a stack trace.</summary>
public sealed class NoStackTraceTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<BadRequest> BadRequests => new(
        Post("malformed JSON", """{ "query": "{ __typename }" """),
        Post("JSON with a trailing comma", """{ "query": "{ __typename }", }"""),
        Post("JSON nested past any sensible depth", new string('[', 5000) + new string(']', 5000)),
        Post("variables nested past any sensible depth", """{"query": "{ __typename }", "variables": {"a": """ + new string('[', 500) + new string(']', 500) + "}}"),
        Post("a number too large for any type", """{"query": "query Q($n: Int) { __typename }", "variables": {"n": 1e400}}"""),
        Post("an int variable out of range", """{"query": "query Q($n: Int) { __typename }", "variables": {"n": 99999999999999999999}}"""),
        Post("a missing query", """{"notquery": "{ __typename }"}"""),
        Post("a query of the wrong type", """{"query": 42}"""),
        Post("variables that are not an object", """{"query": "{ __typename }", "variables": "{}"}"""),
        Post("a batch", """[{"query": "{ __typename }"}]"""),
        Post("invalid GraphQL", """{"query": "{"}"""),
        Post("braces nested without fields", Body(new string('{', 2000) + new string('}', 2000))),
        Post("selections nested past the parser's limit", Body("{ " + string.Concat(Enumerable.Repeat("a { ", 2000)) + new string('}', 2001))),
        Post("a list nested past the parser's limit", Body("{ node(id: " + new string('[', 2000) + new string(']', 2000) + ") { id } }")),
        Post("selections nested past the depth limit", Body("{ " + string.Concat(Enumerable.Repeat("__schema { types { fields { type { ", 5)) + "name" + new string('}', 20) + " }")),
        Post("an unknown field", Body("{ thereIsNoSuchField }")),
        Post("a wrong argument type", Body("{ node(id: 1.5) { id } }")),
        Post("an unknown operation name", """{"query": "query A { __typename }", "operationName": "B"}"""),
        Post("no operation at all", Body("fragment F on Query { __typename }")),
        Post("a fragment that spreads itself", Body("{ ...F } fragment F on Query { ...F }")),
        Post("an unknown directive", Body("{ __typename @nope }")),
        Post("a subscription", Body("subscription { __typename }")),
        Post("a mutation", Body("mutation { __typename }")),
        Post("an unknown variable type", Body("query Q($a: NoSuchType) { __typename }")),
        Post("a body over the size limit", Body("{ __typename }" + new string(' ', 300 * 1024))),
        Post("an empty body", ""),
        Post("only whitespace", "   \n "),
        PostBytes("bytes that are not UTF-8", [0x7B, 0x22, 0x71, 0xFF, 0xFE, 0x22, 0x7D]),
        PostBytes("a NUL byte in the query", Encoding.UTF8.GetBytes("{\"query\": \"{ __typename \\u0000 }\"}")),
        Post("a wrong content type", Body("{ __typename }"), contentType: "text/plain"),
        Post("a content type with an unknown charset", Body("{ __typename }"), contentType: "application/json; charset=ebcdic"),
        Post("no content type", Body("{ __typename }"), contentType: null),
        Post("an accept header allowing neither type", Body("{ __typename }"), accept: "text/csv"),
        Post("an accept header that does not parse", Body("{ __typename }"), accept: ";;;==="),
        Get("a GET without a query", "/graphql"),
        Get("a mutation over GET", "/graphql?query=" + Uri.EscapeDataString("mutation { __typename }")),
        Get("a query string that is not UTF-8", "/graphql?query=%FF%FE"),
        Get("variables over GET that are not JSON", "/graphql?query=%7B__typename%7D&variables=%7Bnope"),
        Get("a parameter given twice", "/graphql?query=%7B__typename%7D&query=x"),
        new BadRequest("a DELETE", HttpMethod.Delete, "/graphql", null, null, null),
        new BadRequest("an OPTIONS", HttpMethod.Options, "/graphql", null, null, null),
        new BadRequest("a HEAD", HttpMethod.Head, "/graphql", null, null, null));

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task ABadRequestGetsNeitherA500NorAStackTrace(BadRequest bad)
    {
        var response = await _client.SendAsync(bad.ToMessage());
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode < 500, $"{bad.Name}: {(int)response.StatusCode} {body}");
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("Exception", body);
    }

    private static BadRequest Post(string name, string body, string? contentType = "application/json", string? accept = GraphQLResponse) =>
        PostBytes(name, Encoding.UTF8.GetBytes(body), contentType, accept);

    private static BadRequest PostBytes(string name, byte[] body, string? contentType = "application/json", string? accept = GraphQLResponse) =>
        new(name, HttpMethod.Post, "/graphql", body, contentType, accept);

    private static BadRequest Get(string name, string url) => new(name, HttpMethod.Get, url, null, null, GraphQLResponse);

    public sealed record BadRequest(string Name, HttpMethod Method, string Url, byte[]? Body, string? ContentType, string? Accept)
    {
        public HttpRequestMessage ToMessage()
        {
            var request = new HttpRequestMessage(Method, Url);
            if (Body is not null)
            {
                request.Content = new ByteArrayContent(Body);
                if (ContentType is not null)
                {
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
                }
            }

            if (Accept is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept", Accept);
            }

            return request;
        }

        // The theory's display name.
        public override string ToString() => Name;
    }
}
