using System.Text;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.Auth;

/// <summary>Refuses, at start-up and in one sentence each, auth settings that cannot work or are unsafe.</summary>
internal sealed class AuthOptionsValidator(IHostEnvironment environment) : IValidateOptions<AuthOptions>
{
    public const int MinimumKeyBytes = 32;

    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        List<string> failures = [];
        if (!string.IsNullOrWhiteSpace(options.Authority)
            && (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority)
                || (options.RequireHttpsMetadata && authority.Scheme != Uri.UriSchemeHttps)))
        {
            failures.Add($"Auth:Authority '{options.Authority}' is not an https:// address; give the identity provider's issuer URL "
                + "(or set Auth:RequireHttpsMetadata=false for a local one).");
        }

        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            failures.Add("Auth:Audience is empty; give the audience tokens are issued for, e.g. innovation-network.");
        }

        if (string.IsNullOrWhiteSpace(options.Issuer))
        {
            failures.Add("Auth:Issuer is empty; give the issuer of locally signed tokens, e.g. innovation-network.");
        }

        for (var i = 0; i < options.SigningKeys.Count; i++)
        {
            var key = options.SigningKeys[i] ?? string.Empty;
            if (Encoding.UTF8.GetByteCount(key) < MinimumKeyBytes)
            {
                failures.Add($"Auth:SigningKeys:{i} is shorter than {MinimumKeyBytes} bytes; HS256 needs a key of at least 256 bits.");
            }
            else if (key.Contains(AuthOptions.DevelopmentKeyMarker, StringComparison.OrdinalIgnoreCase) && !environment.IsDevelopment())
            {
                failures.Add($"Auth:SigningKeys:{i} is the development key, which is public; set a secret key for the {environment.EnvironmentName} environment.");
            }
        }

        if (string.IsNullOrWhiteSpace(options.RoleClaim) || string.IsNullOrWhiteSpace(options.OrganisationClaim))
        {
            failures.Add("Auth:RoleClaim and Auth:OrganisationClaim name the claims that carry the role and organisation; neither may be empty.");
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(10))
        {
            failures.Add($"Auth:ClockSkew is {options.ClockSkew}; give a time between 00:00:00 and 00:10:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
