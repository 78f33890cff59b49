using InnovationNetwork.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace InnovationNetwork.Api.Tests.Auth;

/// <summary>Auth and Limits settings that cannot work, or are unsafe, stop start-up with a sentence naming the setting.</summary>
public sealed class StartupValidationTests : IDisposable
{
    private readonly string _dataDirectory = ApiFactory.NewDataDirectory();

    public void Dispose() => ApiFactory.TryDelete(_dataDirectory);

    /// <summary>The app as deployed: no appsettings.Development.json, so no development key.</summary>
    private sealed class ProductionFactory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }

    private string StartFailure(ApiFactory app)
    {
        var failure = Record.Exception(() => app.CreateClient());
        Assert.NotNull(failure);
        return failure.ToString();
    }

    [Theory]
    [InlineData("Auth:SigningKeys:0", "too short", "Auth:SigningKeys:0 is shorter than 32 bytes")]
    [InlineData("Auth:Authority", "http://login.example.org/realms/lep", "is not an https:// address")]
    [InlineData("Auth:Audience", "", "Auth:Audience is empty")]
    [InlineData("Limits:RateLimitPermits", "0", "RateLimitPermits")]
    [InlineData("GraphQL:ResponseCacheMegabytes", "-1", "ResponseCacheMegabytes")]
    public async Task InvalidSettingsStopStartUpNamingTheSetting(string key, string value, string expected)
    {
        await using var app = ApiFactory.Over(_dataDirectory).With(key, value);

        Assert.Contains(expected, StartFailure(app));
    }

    [Fact]
    public async Task TheDevelopmentKeyIsRefusedOutsideDevelopment()
    {
        await using var app = new ProductionFactory();
        app.With("Auth:SigningKeys:0", "development-only key: public, never use it anywhere else");

        Assert.Contains("is the development key", StartFailure(app));
    }

    [Fact]
    public async Task WithoutKeysOrAuthorityTheApiStartsForAnonymousReadsAndRefusesEveryToken()
    {
        await using var app = new ProductionFactory();
        var client = app.CreateClient();

        var anonymous = await Caller.Anonymous(client).SendAsync("{ __typename }");
        var withToken = await new Caller(client, Tokens.Staff(), "staff").SendAsync("{ __typename }");

        Assert.Equal(System.Net.HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, withToken.StatusCode);
        Assert.Contains("accepts no tokens", (await withToken.ReadJsonAsync()).GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
