using System.Net;
using System.Net.Http.Headers;
using System.Text;
using InnovationNetwork.Api.Tests.Infrastructure;

namespace InnovationNetwork.Api.Tests.Auth;

/// <summary>The alias cap, CSRF protection for GET and CORS, through the real pipeline.</summary>
public sealed class LimitTests(LimitedApiFactory factory) : IClassFixture<LimitedApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task MoreAliasesThanTheCapAreRefusedBeforeAnythingRuns()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, LimitedApiFactory.MaxAliases + 1).Select(i => $"a{i}: __typename"));

        var response = await Caller.Staff(_client, "aliases").SendAsync($"{{ {aliases} }}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.ReadJsonAsync()).GetProperty("errors")[0];
        Assert.Equal("TOO_MANY_ALIASES", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task AsManyAliasesAsTheCapAreFine()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, LimitedApiFactory.MaxAliases).Select(i => $"a{i}: __typename"));

        Assert.Equal(HttpStatusCode.OK, (await Caller.Staff(_client, "few-aliases").SendAsync($"{{ {aliases} }}")).StatusCode);
    }

    [Fact]
    public async Task AGetQueryWithoutThePreflightHeaderIsRefused()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ __typename }"));
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.ReadJsonAsync()).GetProperty("errors")[0];
        Assert.Equal("PREFLIGHT_REQUIRED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("GraphQL-Require-Preflight", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task AGetQueryWithThePreflightHeaderRuns()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ __typename }"));
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        request.Headers.Add("GraphQL-Require-Preflight", "1");

        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task APostWithAContentTypeABrowserFormCanSendNeverRuns(string contentType)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"query":"mutation { removeOrganisation(input: { id: \"org-cpi\" }) { errors { code } } }"}""")),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.Staff("csrf-victim"));

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("org-cpi", (await Caller.Anonymous(_client).DataAsync("organisation", """{ organisation(id: "org-cpi") { id } }""")).GetProperty("id").GetString());
    }

    [Fact]
    public async Task GraphiQLsPageIsStillServedToABrowser()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await _client.SendAsync(request);

        Assert.NotEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Fact]
    public async Task CorsAllowsTheConfiguredOriginAndNoOther()
    {
        async Task<HttpResponseMessage> PreflightAsync(string origin)
        {
            var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "content-type, authorization");
            return await _client.SendAsync(request);
        }

        var allowed = await PreflightAsync(LimitedApiFactory.AllowedOrigin);
        var other = await PreflightAsync("https://evil.example.com");

        Assert.Equal(LimitedApiFactory.AllowedOrigin, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("authorization", string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
