using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.Auth;

/// <summary>
/// Refuses documents with more than <see cref="LimitsOptions.MaxAliases"/> aliased fields. Batches of requests
/// (a JSON array) are refused by the endpoint already; aliases are the other way to ask for many calls at once,
/// e.g. a thousand mutations or look-ups in one request that the rate limiter would count as one.
/// </summary>
internal sealed class AliasLimitRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var max = context.RequestServices!.GetRequiredService<IOptions<LimitsOptions>>().Value.MaxAliases;
        var count = 0;
        return new(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            if (field.Alias is not null && ++count == max + 1)
            {
                validation.ReportError(new ValidationError(validation.Document.Source, "TOO_MANY_ALIASES",
                    $"The document has more than {max} aliased fields (Limits:MaxAliases); send fewer at a time.", field) { Code = "TOO_MANY_ALIASES" });
            }
        }));
    }
}
