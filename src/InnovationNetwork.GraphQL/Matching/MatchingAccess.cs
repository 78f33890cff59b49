using GraphQL;
using InnovationNetwork.Core.Matching;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationNetwork.GraphQL.Matching;

internal static class MatchingAccess
{
    public static NeedMatcher NeedMatcher(this IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<NeedMatcher>();

    public static PartnerSuggester PartnerSuggester(this IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<PartnerSuggester>();

    public static SimilarOrganisations SimilarOrganisations(this IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<SimilarOrganisations>();
}
