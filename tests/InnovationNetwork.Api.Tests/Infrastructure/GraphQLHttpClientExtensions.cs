using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace InnovationNetwork.Api.Tests.Infrastructure;

/// <summary>Requests to /graphql as a client would send them, and their JSON bodies read back.</summary>
public static class GraphQLHttpClientExtensions
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>A JSON body for <paramref name="query"/>, with variables when given.</summary>
    public static string Body(string query, object? variables = null) =>
        variables is null ? JsonSerializer.Serialize(new { query }) : JsonSerializer.Serialize(new { query, variables });

    public static Task<HttpResponseMessage> PostGraphQLAsync(this HttpClient client, string body,
        string? accept = GraphQLResponse, string? contentType = Json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return client.SendWithAcceptAsync(request, accept);
    }

    public static Task<HttpResponseMessage> GetGraphQLAsync(this HttpClient client, string query,
        string? variables = null, string? operationName = null, string? accept = GraphQLResponse)
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(query)
            + (variables is null ? "" : "&variables=" + Uri.EscapeDataString(variables))
            + (operationName is null ? "" : "&operationName=" + Uri.EscapeDataString(operationName));
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("GraphQL-Require-Preflight", "1"); // a client's GET, not a cross-site link (see Auth/PreflightMiddleware)
        return client.SendWithAcceptAsync(request, accept);
    }

    public static Task<HttpResponseMessage> SendWithAcceptAsync(this HttpClient client, HttpRequestMessage request, string? accept)
    {
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return client.SendAsync(request);
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>The first error's message, failing the test when there is none.</summary>
    public static async Task<string> FirstErrorAsync(this HttpResponseMessage response)
    {
        var json = await response.ReadJsonAsync();
        Assert.True(json.TryGetProperty("errors", out var errors), $"Expected errors in {json}");
        return errors[0].GetProperty("message").GetString()!;
    }
}
