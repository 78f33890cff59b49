using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace InnovationNetwork.Api.Auth;

/// <summary>
/// Authenticates the bearer token, if any. No token: the request goes on as anonymous. A token that does not
/// validate (forged, expired, for another audience, without usable claims): 401 with a GraphQL-shaped error and a
/// WWW-Authenticate header, never a 500 and never a silent downgrade to anonymous.
/// </summary>
internal sealed class BearerTokenMiddleware(RequestDelegate next, IOptions<AuthOptions> auth)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (result.Succeeded)
        {
            context.User = result.Principal;
        }
        else if (result.Failure is { } failure)
        {
            var message = auth.Value.CanValidateTokens
                ? Explain(failure)
                : "This API accepts no tokens (neither Auth:Authority nor Auth:SigningKeys is set); send the request without Authorization to read as an anonymous caller.";
            context.Response.Headers.WWWAuthenticate = $"Bearer error=\"invalid_token\", error_description=\"{message.Replace("\"", "'", StringComparison.Ordinal)}\"";
            await AccessProblem.WriteAsync(context, StatusCodes.Status401Unauthorized, "UNAUTHENTICATED", message);
            return;
        }

        await next(context);
    }

    // The token handler's messages name internals (IDX…); say what the caller can do instead.
    private static string Explain(Exception failure) => failure switch
    {
        SecurityTokenExpiredException expired => $"The token expired at {expired.Expires:u}; get a new one.",
        SecurityTokenNotYetValidException => "The token is not valid yet; check the clock of whoever issued it.",
        SecurityTokenInvalidAudienceException => "The token was issued for another audience than this API's (Auth:Audience).",
        SecurityTokenInvalidIssuerException => "The token was issued by an issuer this API does not trust (Auth:Issuer or Auth:Authority).",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException =>
            "The token's signature does not verify with any key this API trusts; it may be forged or signed for another server.",
        SecurityTokenMalformedException or ArgumentException => "The bearer token is not a well-formed JWT.",
        UnusableClaimsException unusable => unusable.Message,
        _ => "The bearer token was refused; get a new one.",
    };
}

/// <summary>A token that validated but whose claims do not make a viewer (no subject, no role, a member without organisation).</summary>
internal sealed class UnusableClaimsException(string message) : Exception(message);
