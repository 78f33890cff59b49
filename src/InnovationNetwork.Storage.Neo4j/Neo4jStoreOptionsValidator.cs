using Microsoft.Extensions.Options;

namespace InnovationNetwork.Storage.Neo4j;

/// <summary>Refuses, when the options are first read, Neo4j settings that cannot work, one sentence each.</summary>
internal sealed class Neo4jStoreOptionsValidator : IValidateOptions<Neo4jStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, Neo4jStoreOptions options)
    {
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
