using InnovationNetwork.Api.Tests.Infrastructure;

namespace InnovationNetwork.Api.Tests.Auth;

/// <summary>
/// The real app, trusting tokens signed with <see cref="Tokens.TestKey"/> (set through settings, as an operator
/// would), with a rate limit high enough that only the rate-limit tests meet it.
/// </summary>
public class AuthApiFactory : ApiFactory
{
    public AuthApiFactory()
    {
        Settings["Auth:SigningKeys:0"] = Tokens.TestKey;
        Settings["Limits:RateLimitPermits"] = "100000";
    }
}
