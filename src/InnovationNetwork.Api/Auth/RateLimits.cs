using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace InnovationNetwork.Api.Auth;

/// <summary>
/// ASP.NET Core's rate limiter on /graphql: a fixed window of <see cref="LimitsOptions.RateLimitPermits"/> per
/// client, the client being the token's subject when there is one, else the IP address. Refusals are 429 with
/// Retry-After and a GraphQL-shaped error. Health probes and GraphiQL's assets are not limited.
/// </summary>
internal static class RateLimits
{
    public static void Configure(RateLimiterOptions options, LimitsOptions limits)
    {
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            !limits.RateLimitEnabled || !context.Request.Path.StartsWithSegments(GraphQLHttp.GraphQLEndpoint.Path)
                ? RateLimitPartition.GetNoLimiter(string.Empty)
                : RateLimitPartition.GetFixedWindowLimiter(ClientOf(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.RateLimitPermits,
                    Window = limits.RateLimitWindow,
                    QueueLimit = 0,
                }));
        options.OnRejected = RejectAsync;
    }

    /// <summary>The token's subject, else the remote address (behind a proxy, configure forwarded headers so this is the client's).</summary>
    public static string ClientOf(HttpContext context) =>
        context.User.FindFirstValue(ViewerClaims.Subject) is { } subject
            ? $"sub:{subject}"
            : $"ip:{context.Connection.RemoteIpAddress}";

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await AccessProblem.WriteAsync(context, StatusCodes.Status429TooManyRequests, "RATE_LIMITED",
            $"Too many requests from this client; try again in {seconds} s (Limits:RateLimitPermits per Limits:RateLimitWindow).");
    }
}
