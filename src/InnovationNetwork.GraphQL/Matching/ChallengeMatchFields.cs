using GraphQL.Types;
using InnovationNetwork.Core.Challenges;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Matching;
using InnovationNetwork.GraphQL.Search;

// The parent namespace, so ChallengeType needs only this.AddChallengeMatchFields().
namespace InnovationNetwork.GraphQL;

public static class ChallengeMatchFields
{
    public static void AddChallengeMatchFields(this ObjectGraphType<Challenge> type)
    {
        type.Field<NonNullGraphType<OrganisationMatchConnectionType>>("matches")
            .Description("Organisations that could answer this challenge, ranked as matchNeed ranks them: its title, description and keywords as the need, "
                + "its specialisms, TRL and place as preferences, closeness to the poster counting; the poster itself is left out.")
            .Argument<IntGraphType>("first", "How many matches from the start (or after `after`); at most the configured maximum page size.")
            .Argument<StringGraphType>("after", "A cursor: return the matches after it.")
            .Resolve(ctx =>
            {
                var graph = ctx.Graph();
                var (offset, limit) = ctx.OffsetAndLimit();
                return ctx.NeedMatcher().Match(graph, ctx.Viewer(), ChallengeNeed.From(graph, ctx.Source), offset, limit);
            });
    }
}
