using System.Net;
using System.Text;
using InnovationNetwork.Api.Tests.Infrastructure;
using static InnovationNetwork.Api.Tests.Infrastructure.GraphQLHttpClientExtensions;

namespace InnovationNetwork.Api.Tests.GraphQLHttp;

public sealed class LimitTests(TightLimitsApiFactory factory) : IClassFixture<TightLimitsApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task AQueryWithinTheLimitsRuns()
    {
        var response = await _client.PostGraphQLAsync(Body("{ __typename }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AQueryDeeperThanMaxDepthGets400()
    {
        var response = await _client.PostGraphQLAsync(Body("{ organisations { nodes { place { parent { parent { name } } } } } }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("depth", await response.FirstErrorAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AQueryMoreComplexThanMaxComplexityGets400()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 20).Select(i => $"a{i}: organisation(id: \"org-x\") {{ name }}"));

        var response = await _client.PostGraphQLAsync(Body("{ " + fields + " }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("complexity", await response.FirstErrorAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ACachedDocumentIsStillHeldToMaxComplexityByItsVariables()
    {
        const string page = "query Page($first: Int) { organisations(first: $first) { nodes { name } } }";
        var small = await _client.PostGraphQLAsync(Body(page, new { first = 1 }));

        var large = await _client.PostGraphQLAsync(Body(page, new { first = 100 }));

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, large.StatusCode);
        Assert.Contains("complexity", await large.FirstErrorAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ACachedDocumentIsStillHeldToMaxComplexityByItsSwitches()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 8).Select(i => $"a{i}: organisation(id: $id) @include(if: $more) {{ name }}"));
        var query = "query Page($id: ID!, $more: Boolean!) { organisation(id: $id) { name } " + fields + " }";
        var few = await _client.PostGraphQLAsync(Body(query, new { id = "org-a", more = false }));
        var fewAgain = await _client.PostGraphQLAsync(Body(query, new { id = "org-b", more = false })); // its cost is kept

        var many = await _client.PostGraphQLAsync(Body(query, new { id = "org-c", more = true }));

        Assert.Equal(HttpStatusCode.OK, few.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fewAgain.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, many.StatusCode);
        Assert.Contains("complexity", await many.FirstErrorAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ABodyLargerThanMaxRequestBytesGets413()
    {
        var response = await _client.PostGraphQLAsync(Body("{ __typename }" + new string(' ', TightLimitsApiFactory.MaxRequestBytes)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("GraphQL:MaxRequestBytes", await response.FirstErrorAsync());
    }

    [Fact]
    public async Task AChunkedBodyLargerThanMaxRequestBytesGets413()
    {
        // No Content-Length: the limit is enforced while reading.
        var bytes = Encoding.UTF8.GetBytes(Body("{ __typename }" + new string(' ', 4 * TightLimitsApiFactory.MaxRequestBytes)));
        var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
