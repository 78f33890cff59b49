using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Matching;
using InnovationNetwork.GraphQL.Search;

// The parent namespace, so QueryType needs only this.AddSearchQueries(), which adds the matching queries too.
namespace InnovationNetwork.GraphQL;

public static class SearchQueries
{
    public static void AddSearchQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<SearchConnectionType>>("search")
            .Description("Full-text search over organisations, people, capabilities, projects and challenges, in plain words: "
                + "stemmed ('inspecting' finds 'inspection'), with the domain's synonyms ('ROV' finds 'remotely operated vehicle'), "
                + "forgiving typos in words of five letters or more, ranked by BM25. Query syntax is never interpreted: quotes, AND, *, :, ~ "
                + "and brackets are ordinary characters. Most of the words must match (all of one or two). An empty query lists every "
                + "record the filter keeps, by name; a query with no searchable word (only stop words or emoji) matches nothing. "
                + "Errors: UNKNOWN_ID and WRONG_ID_TYPE name the filter's bad ids; TRL_OUT_OF_RANGE; TEXT_TOO_LONG over 32,768 characters; PAGE_TOO_DEEP past hit 10,000.")
            .Argument<NonNullGraphType<StringGraphType>>("query", "What to look for, in plain words, e.g. \"subsea cable inspection robot\".")
            .Argument<SearchFilterType>("where", "Which records to keep.")
            .Argument<IntGraphType>("first", "How many hits from the start (or after `after`); at most the configured maximum page size.")
            .Argument<StringGraphType>("after", "A cursor: return the hits after it.")
            .Resolve(ctx =>
            {
                var graph = ctx.Graph();
                var (offset, limit) = ctx.OffsetAndLimit();
                var request = new SearchRequest(ctx.GetArgument<string>("query"))
                {
                    Filter = ctx.GetArgument<SearchFilter?>("where") ?? SearchFilter.None,
                    Offset = offset,
                    Limit = limit,
                    Facets = ctx.Selects("facets"),
                    Highlight = ctx.Selects("edges", "highlights"),
                };
                InputProblemErrors.ThrowIfAny(ctx, SearchChecks.Check(graph, request));
                var viewer = ctx.Viewer();
                var result = ctx.SearchIndex().Search(request, viewer);
                var edges = result.Hits
                    .Select((hit, i) => (Hit: hit, Cursor: result.CursorAt(i), Node: graph.Find(hit.Id)))
                    .Where(x => x.Node is not null && viewer.CanSee(graph, x.Node))
                    .Select(x => new SearchEdge(x.Cursor, x.Hit, x.Node!))
                    .ToArray();
                return new SearchPage(result, edges);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompletionType>>>>("autocomplete")
            .Description("Names of organisations, people, capabilities, projects, challenges and specialisms that start with what was typed "
                + "(every word typed starts a word of the name), whole-name prefixes first, then the most active. Private records only for those who may see them.")
            .Argument<NonNullGraphType<StringGraphType>>("prefix", "What has been typed so far, e.g. \"newc uni\".")
            .Argument<IntGraphType>("first", arg =>
            {
                arg.Description = "At most this many completions (1–50).";
                arg.DefaultValue = 10;
            })
            .Resolve(ctx => ctx.SearchIndex().Autocomplete(ctx.GetArgument<string>("prefix"), Math.Clamp(ctx.GetArgument<int>("first"), 1, 50), ctx.Viewer())
                .Where(c => ctx.Graph().Find(c.Id) is not null)
                .ToArray());

        query.AddMatchingQueries();
    }
}
