namespace InnovationNetwork.Api.Auth;

/// <summary>
/// How bearer tokens are checked; bound from the "Auth" section and validated at start-up. A LEP plugs in its own
/// identity provider with <see cref="Authority"/> and <see cref="Audience"/>; for local use, tokens signed with one of
/// <see cref="SigningKeys"/> (HS256) are accepted, such as those `innovation issue-token` prints. With neither, every
/// token is refused and the API serves anonymous reads only.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Keys containing this text are for development only and refused in any other environment.</summary>
    public const string DevelopmentKeyMarker = "development-only";

    /// <summary>The OpenID Connect issuer whose published keys sign tokens, e.g. https://login.example.org/realms/lep.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience (aud) tokens must be issued for.</summary>
    public string Audience { get; set; } = "innovation-network";

    /// <summary>The issuer (iss) of tokens signed with <see cref="SigningKeys"/>; with an Authority, its own issuer is accepted too.</summary>
    public string Issuer { get; set; } = "innovation-network";

    /// <summary>Symmetric keys (at least 32 characters each) that sign local tokens; the first signs, all verify, so keys can be rotated.</summary>
    public List<string> SigningKeys { get; set; } = [];

    /// <summary>Whether the Authority's metadata must be fetched over HTTPS (turn off only for a local identity provider).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The claim holding the role: member or staff.</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>The claim holding a member's organisation id, e.g. org-newcastle-university.</summary>
    public string OrganisationClaim { get; set; } = "organisation";

    /// <summary>How far clocks may disagree when checking a token's times.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(1);

    public bool CanValidateTokens => !string.IsNullOrWhiteSpace(Authority) || SigningKeys.Count > 0;
}
