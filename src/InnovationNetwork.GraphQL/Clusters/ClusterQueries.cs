using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using InnovationNetwork.Core.Clusters;
using InnovationNetwork.GraphQL.Clusters;
using InnovationNetwork.GraphQL.Common;

// Deliberately the parent namespace, not InnovationNetwork.GraphQL.Clusters: QueryType then needs only the
// one line this.AddClusterQueries(), with no using to add to a file other topics edit too.
namespace InnovationNetwork.GraphQL;

public static class ClusterQueries
{
    public static void AddClusterQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ClusterStrengthType>>("clusterStrength")
            .Description("Staff only. How strong one specialism's cluster (with its sub-specialisms) is in a place and period: "
                + "organisations, people, employment and better jobs, projects, funding, the collaboration network, connectors, "
                + "brokers, location quotients, relatedness and a yearly series. Each field's description gives its formula. "
                + "Errors: FORBIDDEN for non-staff; NOT_FOUND naming unknown ids; INVALID_PERIOD when from is after to.")
            .Argument<NonNullGraphType<IdGraphType>>("specialism", "The specialism, e.g. spec-offshore-wind; its sub-specialisms are included.")
            .AddClusterArguments()
            .Resolve(ctx => ClusterErrors.Run(ctx, () => ClusterService.For(ctx.Graph()).Strength(ctx.Viewer(),
                new ClusterRequest(ctx.GetArgument<string>("specialism"), ctx.GetArgument<string?>("place"),
                    ctx.GetArgument<DateOnly?>("from"), ctx.GetArgument<DateOnly?>("to"), Currency: ctx.GetArgument<string>("currency")))));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClusterStrengthType>>>>("clusters")
            .Description("Staff only. The smart-specialisation map: every specialism's cluster in one place and period, ranked by "
                + "orderBy (default: most organisations first; ties by name; null measures last). Counts are computed for all; "
                + "network, betweenness and relatedness only for the fields asked, so rank by counts when speed matters.")
            .AddClusterArguments()
            .Argument<IdGraphType>("under", "Only this specialism and those below it, e.g. spec-energy.")
            .Argument<ListGraphType<NonNullGraphType<ClusterOrderType>>>("orderBy", "Sort keys, most significant first.")
            .Argument<IntGraphType>("first", "At most this many clusters, from the top of the ranking.")
            .Resolve(ctx => ClusterErrors.Run(ctx, () => ClusterService.For(ctx.Graph()).Rank(ctx.Viewer(),
                    new ClusterRankRequest(ctx.GetArgument<string?>("place"), ctx.GetArgument<DateOnly?>("from"), ctx.GetArgument<DateOnly?>("to"),
                        Currency: ctx.GetArgument<string>("currency"), OrderBy: ctx.GetArgument<List<ClusterOrder>?>("orderBy"),
                        Under: ctx.GetArgument<string?>("under")))
                .Take(ctx.GetArgument<int?>("first") ?? int.MaxValue).ToArray()));
    }

    private static FieldBuilder<object?, object> AddClusterArguments(this FieldBuilder<object?, object> field) => field
        .Argument<IdGraphType>("place", "A place and everything inside it, e.g. place-E12000001 (North East) or place-E06000057 "
            + "(Northumberland); omit for the whole dataset.")
        .Argument<DateType>("from", "Count projects running on or after this day (inclusive). Projects without dates count only when no period is given.")
        .Argument<DateType>("to", "Count projects running on or before this day (inclusive); active projects are counted on this day (else today).")
        .Argument<NonNullGraphType<StringGraphType>>("currency", arg =>
        {
            arg.Description = "Funding is summed in this ISO 4217 currency only; other currencies are listed apart, never converted.";
            arg.DefaultValue = ClusterRequest.DefaultCurrency;
        });
}
