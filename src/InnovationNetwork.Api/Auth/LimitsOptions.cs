using System.ComponentModel.DataAnnotations;

namespace InnovationNetwork.Api.Auth;

/// <summary>Abuse limits on /graphql; bound from the "Limits" section and validated at start-up.</summary>
public sealed class LimitsOptions
{
    public const string Section = "Limits";

    /// <summary>Whether requests to /graphql are rate-limited per client (per token subject, else per IP address).</summary>
    public bool RateLimitEnabled { get; set; } = true;

    /// <summary>How many requests one client may make per <see cref="RateLimitWindow"/>.</summary>
    [Range(1, 1_000_000)]
    public int RateLimitPermits { get; set; } = 600;

    /// <summary>The window the permits refill over.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The most aliased fields one document may hold: aliases are how a client batches many calls of one field into one request.</summary>
    [Range(0, 10_000)]
    public int MaxAliases { get; set; } = 30;

    /// <summary>Whether a GET that runs an operation must carry <see cref="PreflightHeader"/> (CSRF protection).</summary>
    public bool RequirePreflightForGet { get; set; } = true;

    /// <summary>The header that proves a GET was not sent by a plain cross-site link or form.</summary>
    [Required]
    public string PreflightHeader { get; set; } = "GraphQL-Require-Preflight";

    /// <summary>Origins (https://app.example.org) whose browser scripts may call /graphql; none: same origin only.</summary>
    public List<string> AllowedOrigins { get; set; } = [];
}
