using GraphQL.Types;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Search;

/// <summary>A page of search hits with their records looked up in the graph.</summary>
public sealed record SearchPage(SearchResult Result, IReadOnlyList<SearchEdge> Edges) : IPage
{
    public int Count => Edges.Count;
    public bool HasNextPage => Result.HasNextPage;
    public bool HasPreviousPage => Result.HasPreviousPage;
    public string CursorAt(int index) => Edges[index].Cursor;
}

public sealed record SearchEdge(string Cursor, SearchHit Hit, Node Node);

public sealed class SearchConnectionType : ObjectGraphType<SearchPage>
{
    public SearchConnectionType()
    {
        Name = "SearchConnection";
        Description = "A page of search hits, best first, with how many match in all, the counts of every facet and the words searched.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many records match in all pages (private records count only for those who may see them).")
            .Resolve(ctx => ctx.Source.Result.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchEdgeType>>>>("edges").Description("The hits of this page, best first.")
            .Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchResultUnion>>>>("nodes").Description("The records of this page, without scores or cursors.")
            .Resolve(ctx => ctx.Source.Edges.Select(e => e.Node).ToArray());
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where this page stands in the whole list.").Resolve(ctx => ctx.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetType>>>>("facets")
            .Description("Counts of all matching records by type, kind (organisations), spec (specialism, each record counted under every ancestor of its specialisms too), place (likewise) and trl.")
            .Resolve(ctx => ctx.Source.Result.Facets);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("searchedWords")
            .Description("The words of the query the search used, as typed; stop words, punctuation and emoji are left out. Empty when the query had no searchable word.")
            .Resolve(ctx => ctx.Source.Result.SearchedTerms);
    }
}

public sealed class SearchEdgeType : ObjectGraphType<SearchEdge>
{
    public SearchEdgeType()
    {
        Name = "SearchEdge";
        Description = "A hit: the record, how well it matched and the fragments of its text that matched.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to get the hits that follow this one.").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Relevance (BM25): higher is better; comparable within one search only. 0 when the query was empty and hits are listed by name.")
            .Resolve(ctx => (double)ctx.Source.Hit.Score);
        Field<NonNullGraphType<SearchResultUnion>>("node").Description("The record found.").Resolve(ctx => ctx.Source.Node);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HighlightType>>>>("highlights").Description("Fragments of text with the matched words marked.")
            .Resolve(ctx => ctx.Source.Hit.Highlights);
    }
}

public sealed class HighlightType : ObjectGraphType<Highlight>
{
    public HighlightType()
    {
        Name = "Highlight";
        Description = "Matched fragments of one field of a record.";
        Field<NonNullGraphType<StringGraphType>>("field").Description("name, keywords, text (description or abstract), capabilities, specialisms, places, related (names of related organisations) or activity (its projects).")
            .Resolve(ctx => ctx.Source.Field);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("fragments")
            .Description("HTML: the text escaped, the matched words wrapped in <em>…</em>, at most two fragments of about 120 characters.")
            .Resolve(ctx => ctx.Source.Fragments);
    }
}

public sealed class FacetType : ObjectGraphType<Facet>
{
    public FacetType()
    {
        Name = "Facet";
        Description = "How many matching records have each value of one field.";
        Field<NonNullGraphType<StringGraphType>>("field").Description("type, kind, spec, place or trl.").Resolve(ctx => ctx.Source.Field);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetValueType>>>>("values").Description("Values with their counts, most frequent first.")
            .Resolve(ctx => ctx.Source.Values.Select(v => (ctx.Source.Field, v)).ToArray());
    }
}

public sealed class FacetValueType : ObjectGraphType<(string Field, FacetValue Value)>
{
    public FacetValueType()
    {
        Name = "FacetValue";
        Description = "One value of a facet and how many matching records have it.";
        Field<NonNullGraphType<StringGraphType>>("value").Description("The value: an enum name, a TRL 1–9, or a specialism or place id (pass it back in the filter).")
            .Resolve(ctx => ctx.Source.Value.Value);
        Field<NonNullGraphType<StringGraphType>>("label").Description("The value for people: a specialism's or place's name, 'TRL 4', or the enum name.")
            .Resolve(ctx => ctx.Source.Field switch
            {
                "spec" or "place" => ctx.Graph().Find(ctx.Source.Value.Value)?.DisplayName ?? ctx.Source.Value.Value,
                "trl" => $"TRL {ctx.Source.Value.Value}",
                _ => ctx.Source.Value.Value,
            });
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many matching records have this value.").Resolve(ctx => ctx.Source.Value.Count);
    }
}
