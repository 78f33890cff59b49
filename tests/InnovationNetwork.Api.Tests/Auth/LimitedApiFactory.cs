namespace InnovationNetwork.Api.Tests.Auth;

/// <summary>The app with a small alias cap and one allowed CORS origin.</summary>
public sealed class LimitedApiFactory : AuthApiFactory
{
    public const int MaxAliases = 5;
    public const string AllowedOrigin = "https://app.example.org";

    public LimitedApiFactory()
    {
        Settings["Limits:MaxAliases"] = MaxAliases.ToString();
        Settings["Limits:AllowedOrigins:0"] = AllowedOrigin;
    }
}

/// <summary>The app with a rate limit small enough to meet: a few requests per client in a long window.</summary>
public sealed class RateLimitedApiFactory : AuthApiFactory
{
    public const int Permits = 3;

    public RateLimitedApiFactory()
    {
        Settings["Limits:RateLimitPermits"] = Permits.ToString();
        Settings["Limits:RateLimitWindow"] = "00:10:00";
    }
}
