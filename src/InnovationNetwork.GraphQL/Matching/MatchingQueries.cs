using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Search;

namespace InnovationNetwork.GraphQL.Matching;

public static class MatchingQueries
{
    public static void AddMatchingQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<OrganisationMatchConnectionType>>("matchNeed")
            .Description("Match what is needed with what is possible: organisations ranked for a need by text relevance, specialism overlap, TRL fit, "
                + "network proximity (to the caller's organisation and among the strong matches), activity and place, each match with its parts and "
                + "reasons. Errors: UNKNOWN_ID / WRONG_ID_TYPE naming bad ids; TRL_OUT_OF_RANGE; TEXT_TOO_LONG; EMPTY_NEED when there is neither text nor a specialism.")
            .Argument<NonNullGraphType<NeedInputType>>("need", "What is needed.")
            .Argument<IntGraphType>("first", "How many matches from the start (or after `after`); at most the configured maximum page size.")
            .Argument<StringGraphType>("after", "A cursor: return the matches after it.")
            .Resolve(ctx =>
            {
                var graph = ctx.Graph();
                var viewer = ctx.Viewer();
                var need = ctx.GetArgument<Need>("need");
                InputProblemErrors.ThrowIfAny(ctx, NeedChecks.Check(graph, need));
                var (offset, limit) = ctx.OffsetAndLimit();
                return ctx.NeedMatcher().Match(graph, viewer, need with { Asker = viewer.Role == ViewerRole.Member ? viewer.OrganisationId : null }, offset, limit);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SpecialismSuggestionType>>>>("suggestSpecialisms")
            .Description("Which specialisms a piece of text is about, most likely first, with a confidence and the words that point to each. "
                + "Empty when the text names none. Errors: TEXT_TOO_LONG over 32,768 characters.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "Any text: a need, a profile, an abstract.")
            .Argument<IntGraphType>("first", arg =>
            {
                arg.Description = "At most this many suggestions (1–20).";
                arg.DefaultValue = 5;
            })
            .Resolve(ctx =>
            {
                var text = ctx.GetArgument<string>("text");
                var problems = new List<InputProblem>();
                SearchChecks.CheckText(text, "text", problems);
                InputProblemErrors.ThrowIfAny(ctx, problems);
                var graph = ctx.Graph();
                return ctx.SearchIndex().SuggestSpecialisms(text, Math.Clamp(ctx.GetArgument<int>("first"), 1, 20))
                    .Where(s => graph.Find(s.SpecialismId) is not null)
                    .ToArray();
            });
    }
}
