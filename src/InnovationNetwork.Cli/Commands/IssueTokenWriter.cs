using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace InnovationNetwork.Cli.Commands;

/// <summary>
/// A compact HS256 JWT (RFC 7519) written with the BCL alone, so the tool needs no token library: header, claims
/// (sub, role, organisation, aud, iss, iat, nbf, exp), HMAC-SHA256 signature, each base64url-encoded.
/// </summary>
internal static class IssueTokenWriter
{
    public static string Write(IssueTokenRequest request, IssueTokenSettings settings, DateTimeOffset now)
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = request.Subject,
            ["role"] = request.Role,
            ["aud"] = settings.Audience,
            ["iss"] = settings.Issuer,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.Add(request.Lifetime).ToUnixTimeSeconds(),
        };
        if (request.Organisation is not null)
        {
            claims["organisation"] = request.Organisation;
        }

        var unsigned = $"{Encode("""{"alg":"HS256","typ":"JWT"}"""u8)}.{Encode(JsonSerializer.SerializeToUtf8Bytes(claims))}";
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(settings.Key), Encoding.ASCII.GetBytes(unsigned));
        return $"{unsigned}.{Encode(signature)}";
    }

    private static string Encode(ReadOnlySpan<byte> bytes) => Base64Url.EncodeToString(bytes);
}
