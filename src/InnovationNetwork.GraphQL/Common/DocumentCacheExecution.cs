using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;

namespace InnovationNetwork.GraphQL.Common;

/// <summary>
/// The step of GraphQL.NET's pipeline that uses <see cref="GraphQLDocumentCache"/>: a document found there
/// (or handed in by the endpoint after it found it there) skips parsing and the validation rules that look at
/// the document alone; one that passes validation is added. The complexity analyzer still runs every time,
/// because a page size given as a variable ($first) changes the cost of the same document.
/// </summary>
internal sealed class DocumentCacheExecution(GraphQLDocumentCache cache, IEnumerable<IValidationRule> rules) : IConfigureExecution
{
    private readonly IValidationRule[] _perRequestRules = [.. rules.OfType<ComplexityValidationRule>()];

    /// <summary>After the execution options are configured (100), as GraphQL.MemoryCache's step.</summary>
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Query is not { } query)
        {
            return await next(options);
        }

        var cached = options.Document is null ? cache.Find(query) : cache.Holds(query, options.Document) ? options.Document : null;
        if (cached is not null)
        {
            options.Document = cached;
            options.ValidationRules = [.. (options.CachedDocumentValidationRules ?? []).Union(_perRequestRules)];
            return await next(options);
        }

        var result = await next(options);
        if (result.Executed && result.Document is { } document)
        {
            // Executed: the document passed validation (field errors may follow, but the document is sound).
            cache.Add(query, document);
        }

        return result;
    }
}
