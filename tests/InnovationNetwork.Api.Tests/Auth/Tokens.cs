using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace InnovationNetwork.Api.Tests.Auth;

/// <summary>Real signed JWTs, as an identity provider or `innovation issue-token` would issue them.</summary>
public static class Tokens
{
    public const string TestKey = "api-tests: a signing key that is well over thirty-two bytes long";
    public const string OtherKey = "api-tests: a key the API has never heard of, also long enough";
    public const string Audience = "innovation-network";
    public const string Issuer = "innovation-network";

    public static string Member(string organisation, string subject = "member-user") =>
        Issue(new() { ["sub"] = subject, ["role"] = "member", ["organisation"] = organisation });

    public static string Staff(string subject = "staff-user") => Issue(new() { ["sub"] = subject, ["role"] = "staff" });

    public static string Issue(Dictionary<string, object> claims, string key = TestKey, DateTime? expires = null,
        string audience = Audience, string issuer = Issuer, DateTime? notBefore = null)
    {
        var now = DateTime.UtcNow;
        var expiry = expires ?? now.AddHours(1);
        var start = notBefore ?? (expiry < now ? expiry : now).AddHours(-1);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = start < now ? start : now,
            NotBefore = start,
            Expires = expiry,
            Claims = claims,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
