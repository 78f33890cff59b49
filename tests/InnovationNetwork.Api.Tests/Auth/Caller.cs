using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using InnovationNetwork.Api.Tests.Infrastructure;

namespace InnovationNetwork.Api.Tests.Auth;

/// <summary>One client of /graphql with one identity (a token, or none for anonymous), through the real HTTP pipeline.</summary>
public sealed class Caller(HttpClient client, string? token, string name)
{
    public string Name => name;

    public string? Token => token;

    public static Caller Anonymous(HttpClient client) => new(client, null, "anonymous");

    public static Caller Member(HttpClient client, string organisation, string subject = "member-user") =>
        new(client, Tokens.Member(organisation, subject), $"member of {organisation}");

    public static Caller Staff(HttpClient client, string subject = "staff-user") => new(client, Tokens.Staff(subject), "staff");

    public async Task<HttpResponseMessage> SendAsync(string query, object? variables = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(GraphQLHttpClientExtensions.Body(query, variables), MediaTypeHeaderValue.Parse("application/json")),
        };
        request.Headers.Accept.ParseAdd(GraphQLHttpClientExtensions.GraphQLResponse);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    /// <summary>The response's JSON, failing the test unless the status is 200.</summary>
    public async Task<JsonElement> PostAsync(string query, object? variables = null)
    {
        var response = await SendAsync(query, variables);
        var json = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name}: {(int)response.StatusCode} {json}");
        return json;
    }

    /// <summary>data.{field} of a mutation or query, failing the test when the response has GraphQL errors.</summary>
    public async Task<JsonElement> DataAsync(string field, string query, object? variables = null)
    {
        var json = await PostAsync(query, variables);
        Assert.False(json.TryGetProperty("errors", out var errors), $"{name}: {errors}");
        return json.GetProperty("data").GetProperty(field);
    }

    /// <summary>Runs a mutation and returns its payload's result field, failing the test on any UserError.</summary>
    public async Task<JsonElement> MutateAsync(string mutation, string resultField, object input, string selection = "id version")
    {
        var payload = await DataAsync(mutation,
            $"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) {{ {mutation}(input: $input) {{ {resultField} {(selection.Length == 0 ? "" : $"{{ {selection} }}")} errors {{ field code message }} }} }}",
            new { input });
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, $"{name} {mutation}: {payload.GetProperty("errors")}");
        return payload.GetProperty(resultField);
    }

    /// <summary>Runs a mutation and returns its payload's errors (empty when it succeeded).</summary>
    public async Task<JsonElement> ErrorsOfAsync(string mutation, object input)
    {
        var payload = await DataAsync(mutation,
            $"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) {{ {mutation}(input: $input) {{ errors {{ field code message }} }} }}",
            new { input });
        return payload.GetProperty("errors");
    }
}
