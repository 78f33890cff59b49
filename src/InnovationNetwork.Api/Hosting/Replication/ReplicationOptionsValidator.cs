using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.Hosting.Replication;

/// <summary>Refuses, at start-up and in one sentence each, replication settings that cannot work.</summary>
internal sealed class ReplicationOptionsValidator : IValidateOptions<ReplicationOptions>
{
    public ValidateOptionsResult Validate(string? name, ReplicationOptions options)
    {
        List<string> failures = [];
        Positive(failures, "PollInterval", options.PollInterval, "00:00:01");
        Positive(failures, "RetryDelay", options.RetryDelay, "00:00:01");
        Positive(failures, "DegradedAfter", options.DegradedAfter, "00:00:10");
        if (options.MaxRetryDelay < options.RetryDelay)
        {
            failures.Add($"Replication:MaxRetryDelay ({options.MaxRetryDelay}) is shorter than Replication:RetryDelay ({options.RetryDelay}); give at least as long.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, string name, TimeSpan value, string example)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"Replication:{name} is {value}; give a positive time such as {example}.");
        }
    }
}
