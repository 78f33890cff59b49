using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;

namespace InnovationNetwork.GraphQL.Common;

/// <summary>
/// The step of GraphQL.NET's pipeline that uses <see cref="GraphQLDocumentCache"/>: a document found there
/// (or handed in by the endpoint after it found it there) skips parsing and the validation rules that look at
/// the document alone; one that passes validation is added. The complexity analyzer runs again when the
/// variables that can change the cost (a page size given as $first, a switch for @include) take values this
/// document has not passed with before; an organisation page asked for with another id skips it.
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
            var costKey = GraphQLDocumentCache.CostKey(options.Variables);
            var costKnown = cache.PassedCost(query, costKey);
            var rules = options.CachedDocumentValidationRules ?? [];
            options.ValidationRules = costKnown ? rules : [.. rules.Union(_perRequestRules)];
            var answer = await next(options);
            if (!costKnown && answer.Executed)
            {
                cache.AddPassedCost(query, costKey);
            }

            return answer;
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
