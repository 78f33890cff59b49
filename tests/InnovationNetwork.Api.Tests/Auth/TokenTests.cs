using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using InnovationNetwork.Api.Tests.Infrastructure;

namespace InnovationNetwork.Api.Tests.Auth;

/// <summary>Bearer tokens through the real pipeline: which are accepted, which are refused with 401, and who the caller then is.</summary>
public sealed class TokenTests(AuthApiFactory factory) : IClassFixture<AuthApiFactory>
{
    private const string Durham = "org-durham-university";
    private readonly HttpClient _client = factory.CreateClient();

    private const string EmailOfDurham = """{ organisation(id: "org-durham-university") { email } }""";

    private async Task GiveDurhamAnEmailAsync()
    {
        var staff = Caller.Staff(_client);
        var version = (await staff.DataAsync("organisation", """{ organisation(id: "org-durham-university") { version } }""")).GetProperty("version").GetInt32();
        await staff.ErrorsOfAsync("updateOrganisationProfile", new { id = Durham, version, email = "enquiries@durham.example.org" });
    }

    private static async Task AssertUnauthenticatedAsync(HttpResponseMessage response, string expected)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString());
        var json = await response.ReadJsonAsync();
        Assert.False(json.TryGetProperty("data", out _));
        var error = json.GetProperty("errors")[0];
        Assert.Equal("UNAUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(expected, error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task WithoutATokenACallerReadsAsAnonymousAndSeesNoContactDetails()
    {
        await GiveDurhamAnEmailAsync();

        var organisation = await Caller.Anonymous(_client).DataAsync("organisation", EmailOfDurham);

        Assert.Equal(JsonValueKind.Null, organisation.GetProperty("email").ValueKind);
    }

    [Fact]
    public async Task AMembersTokenIsAcceptedAndMembersSeeContactDetails()
    {
        await GiveDurhamAnEmailAsync();

        var organisation = await Caller.Member(_client, "org-newcastle-university").DataAsync("organisation", EmailOfDurham);

        Assert.Equal("enquiries@durham.example.org", organisation.GetProperty("email").GetString());
    }

    [Fact]
    public async Task AForgedTokenIs401WithAGraphQLShapedError()
    {
        var forged = Tokens.Issue(new() { ["sub"] = "mallory", ["role"] = "staff" }, key: Tokens.OtherKey);

        await AssertUnauthenticatedAsync(await new Caller(_client, forged, "forger").SendAsync("{ __typename }"), "signature does not verify");
    }

    [Fact]
    public async Task AnExpiredTokenIs401SayingSo()
    {
        var expired = Tokens.Issue(new() { ["sub"] = "late", ["role"] = "staff" }, expires: DateTime.UtcNow.AddMinutes(-10));

        await AssertUnauthenticatedAsync(await new Caller(_client, expired, "late").SendAsync("{ __typename }"), "expired");
    }

    [Fact]
    public async Task ATokenForAnotherAudienceIs401()
    {
        var token = Tokens.Issue(new() { ["sub"] = "x", ["role"] = "staff" }, audience: "someone-else");

        await AssertUnauthenticatedAsync(await new Caller(_client, token, "x").SendAsync("{ __typename }"), "audience");
    }

    [Fact]
    public async Task ATokenFromAnUntrustedIssuerIs401()
    {
        var token = Tokens.Issue(new() { ["sub"] = "x", ["role"] = "staff" }, issuer: "https://elsewhere.example.org");

        await AssertUnauthenticatedAsync(await new Caller(_client, token, "x").SendAsync("{ __typename }"), "issuer");
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZSI6InN0YWZmIn0.")]
    public async Task AMalformedOrUnsignedTokenIs401(string token)
    {
        var response = await new Caller(_client, token, "x").SendAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("UNAUTHENTICATED", (await response.ReadJsonAsync()).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("admin", "org-durham-university", "must be 'member' or 'staff'")]
    [InlineData("member", null, "needs an 'organisation' claim")]
    public async Task ATokenWhoseClaimsMakeNoViewerIs401(string role, string? organisation, string expected)
    {
        var claims = new Dictionary<string, object> { ["sub"] = "someone", ["role"] = role };
        if (organisation is not null)
        {
            claims["organisation"] = organisation;
        }

        await AssertUnauthenticatedAsync(await new Caller(_client, Tokens.Issue(claims), "x").SendAsync("{ __typename }"), expected);
    }

    [Fact]
    public async Task ATokenWithoutASubjectIs401()
    {
        var token = Tokens.Issue(new() { ["role"] = "staff" });

        await AssertUnauthenticatedAsync(await new Caller(_client, token, "x").SendAsync("{ __typename }"), "subject");
    }

    [Fact]
    public async Task AnotherAuthorizationSchemeIsIgnoredAndTheCallerIsAnonymous()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ __typename }"}""", MediaTypeHeaderValue.Parse("application/json")) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", "dXNlcjpwYXNz");

        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task ATokenForAnOrganisationThatWasRemovedActsAsAnonymousReadsPublicAndCannotWrite()
    {
        var staff = Caller.Staff(_client);
        var gone = (await staff.MutateAsync("registerOrganisation", "organisation", new { name = "Soon Gone Ltd", email = "hello@soon-gone.example.org" })).GetProperty("id").GetString()!;
        var member = Caller.Member(_client, gone, "soon-gone-user");
        await GiveDurhamAnEmailAsync();
        Assert.Equal("enquiries@durham.example.org", (await member.DataAsync("organisation", EmailOfDurham)).GetProperty("email").GetString());

        await staff.MutateAsync("removeOrganisation", "removedOrganisationId", new { id = gone }, selection: "");

        Assert.Equal(JsonValueKind.Null, (await member.DataAsync("organisation", EmailOfDurham)).GetProperty("email").ValueKind);
        var errors = await member.ErrorsOfAsync("registerOrganisation", new { name = "Back Again Ltd" });
        Assert.Equal("FORBIDDEN", Assert.Single(errors.EnumerateArray()).GetProperty("code").GetString());
    }
}
