using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.Store;

/// <summary>Refuses, at start-up and in one sentence each, store settings that cannot work.</summary>
/// <remarks>The Neo4j settings (Store:Neo4j) are checked by the Neo4j store itself, when Store:Kind chooses it.</remarks>
internal sealed class StoreOptionsValidator : IValidateOptions<StoreOptions>
{
    public ValidateOptionsResult Validate(string? name, StoreOptions options)
    {
        List<string> failures = [];
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            failures.Add("Store:DataDirectory is empty; give the folder that holds (or will hold) the database file.");
        }

        if (string.IsNullOrWhiteSpace(options.Sqlite.FileName))
        {
            failures.Add("Store:Sqlite:FileName is empty; give the database file's name, e.g. innovation.db.");
        }

        if (options.Sqlite.BusyTimeout <= TimeSpan.Zero)
        {
            failures.Add($"Store:Sqlite:BusyTimeout is {options.Sqlite.BusyTimeout}; give a positive time such as 00:00:10.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
