namespace InnovationNetwork.Cli.Commands;

/// <summary>Who a token is for, checked once here: a role the API knows, a member's organisation, a sane lifetime.</summary>
internal sealed record IssueTokenRequest(string Role, string? Organisation, string Subject, TimeSpan Lifetime)
{
    public const double MaxHours = 720;

    public static IssueTokenRequest From(string role, string? organisation, string? subject, double hours)
    {
        role = role.Trim().ToLowerInvariant();
        if (role is not ("member" or "staff"))
        {
            throw new CliUsageException($"--role must be member or staff, not '{role}'.");
        }

        if (role == "member" && string.IsNullOrWhiteSpace(organisation))
        {
            throw new CliUsageException("A member's token needs --organisation <id>, e.g. --organisation org-newcastle-university.");
        }

        if (role == "staff" && !string.IsNullOrWhiteSpace(organisation))
        {
            throw new CliUsageException("Staff are not bound to an organisation; leave out --organisation.");
        }

        if (hours is <= 0 or > MaxHours || double.IsNaN(hours))
        {
            throw new CliUsageException($"--hours must be more than 0 and at most {MaxHours}.");
        }

        return new IssueTokenRequest(role, organisation?.Trim(), string.IsNullOrWhiteSpace(subject) ? $"dev-{role}" : subject.Trim(), TimeSpan.FromHours(hours));
    }
}
