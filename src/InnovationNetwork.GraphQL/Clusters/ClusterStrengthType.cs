using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Core.Clusters;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Places;
using InnovationNetwork.GraphQL.Specialisms;

namespace InnovationNetwork.GraphQL.Clusters;

public sealed class ClusterStrengthType : ObjectGraphType<ClusterStrength>
{
    public const int MaxFirst = 100;

    public ClusterStrengthType()
    {
        Name = "ClusterStrength";
        Description = "How strong one specialism's cluster is in one place and period. The cluster's organisations are those that "
            + "SPECIALISE_IN the specialism or a sub-specialism and are LOCATED_IN the place or a place inside it. Its projects are "
            + "projects overlapping the period in which one of them takes part and that APPLY_TO the specialism or a sub-specialism "
            + "(a project naming no specialism counts for none: see projects.untagged). A ratio whose denominator is zero is null, never NaN or infinity.";
        Field<NonNullGraphType<SpecialismType>>("specialism").Description("The specialism; its sub-specialisms are included.").Resolve(ctx => ctx.Source.Specialism);
        Field<PlaceType>("place").Description("The place; null means the whole dataset.").Resolve(ctx => ctx.Source.Place);
        Field<DateType>("from").Description("The period's first day, if one was given.").Resolve(ctx => ctx.Source.From);
        Field<DateType>("to").Description("The period's last day, if one was given.").Resolve(ctx => ctx.Source.To);
        Field<NonNullGraphType<StringGraphType>>("currency").Description("The currency funding is summed in.").Resolve(ctx => ctx.Source.Currency);
        Field<NonNullGraphType<ClusterOrganisationsType>>("organisations").Description("The cluster's organisations, by kind.").Resolve(ctx => ctx.Source.Organisations);
        Field<NonNullGraphType<IntGraphType>>("people")
            .Description("People who WORK_AT one of the cluster's organisations, plus people who SPECIALISE_IN the specialism (or below) "
                + "themselves and are in the place (by their own LOCATED_IN or an employer's); each counted once.")
            .Resolve(ctx => ctx.Source.People);
        Field<NonNullGraphType<ClusterEmploymentType>>("employment").Description("Employees and better jobs the organisations reported, with coverage.").Resolve(ctx => ctx.Source.Employment);
        Field<NonNullGraphType<ClusterProjectsType>>("projects").Description("The cluster's projects in the period: all, and active.").Resolve(ctx => ctx.Source.Projects);
        Field<NonNullGraphType<ClusterFundingType>>("funding").Description("Money the cluster's organisations brought in through its projects.").Resolve(ctx => ctx.Source.Funding);
        Field<NonNullGraphType<ClusterNetworkType>>("network")
            .Description("The collaboration network among the cluster's organisations: two are linked when they share any project in the period.")
            .Resolve(ctx => ctx.Source.Network);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DegreeConnectorType>>>>("connectorsByDegree")
            .Description("The organisations with most partners inside the cluster (degree in its network), most first; ties by name.")
            .Argument<IntGraphType>("first", "How many to list, 0–100.", a => a.DefaultValue = 10)
            .Resolve(ctx => ctx.Source.TopByDegree.Take(First(ctx)).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BetweennessConnectorType>>>>("connectorsByBetweenness")
            .Description("The organisations lying on most shortest paths between other members (betweenness), highest first; those on none are left out. "
                + "See betweennessMethod for whether it was exact or sampled.")
            .Argument<IntGraphType>("first", "How many to list, 0–100.", a => a.DefaultValue = 10)
            .Resolve(ctx => ctx.Source.TopByBetweenness.Take(First(ctx)).ToArray());
        Field<NonNullGraphType<BetweennessMethodType>>("betweennessMethod").Description("How betweenness was computed: exactly or from a sample.").Resolve(ctx => ctx.Source.BetweennessMethod);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClusterBrokerType>>>>("brokers")
            .Description("Members linking the cluster to others: those with partners (shared projects in the period) outside the cluster, "
                + "ranked by how many other specialisms those partners hold (outside this specialism's own line: it, its ancestors and "
                + "sub-specialisms), then by outside partners; ties by name.")
            .Argument<IntGraphType>("first", "How many to list, 0–100.", a => a.DefaultValue = 10)
            .Resolve(ctx => ctx.Source.Brokers.Take(First(ctx)).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClusterBridgeType>>>>("bridges")
            .Description("Other specialisms the cluster reaches through collaboration, by the partners outside the cluster that hold them (their own SPECIALISES_IN).")
            .Argument<IntGraphType>("first", "How many to list, 0–100.", a => a.DefaultValue = 10)
            .Resolve(ctx => ctx.Source.Bridges.Take(First(ctx)).ToArray());
        Field<NonNullGraphType<LocationQuotientsType>>("locationQuotient")
            .Description("How much more (above 1) or less (below 1) the place specialises in this than the whole dataset does, by organisations, "
                + "projects and funding. With no place the dataset is compared with itself, so each defined quotient is 1.")
            .Resolve(ctx => ctx.Source.LocationQuotient);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelatedSpecialismType>>>>("relatedSpecialisms")
            .Description("Other specialisms (outside this one's line) most often held by the same organisations, by proximity φ, highest first; "
                + "those sharing no organisation are left out. Computed over the whole dataset, whatever the place.")
            .Argument<IntGraphType>("first", "How many to list, 0–100.", a => a.DefaultValue = 10)
            .Resolve(ctx => ctx.Source.Related.Take(First(ctx)).ToArray());
        Field<FloatGraphType>("relatednessDensity")
            .Description("How much of what is related to this specialism the place already has (Hidalgo et al. 2007): "
                + "ω = Σ φ(s, t)·x(t) ÷ Σ φ(s, t) over specialisms t outside s's line, where x(t) = 1 when the place's location "
                + "quotient by organisations in t is at least 1. 0–1; null when s is related to nothing (Σ φ = 0).")
            .Resolve(ctx => ctx.Source.RelatednessDensity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClusterYearType>>>>("timeSeries")
            .Description("One row per year, from the period's first year (else the first start of a cluster project) to its last (else the last end of one); at most 100.")
            .Resolve(ctx => ctx.Source.TimeSeries);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("notes")
            .Description("Caveats to read with the numbers: an empty cluster, low reporting coverage, a place outside the North East, null quotients and why, money left out.")
            .Resolve(ctx => ctx.Source.Notes);
    }

    private static int First(IResolveFieldContext ctx)
    {
        var first = ctx.GetArgument<int>("first");
        return first is >= 0 and <= MaxFirst
            ? first
            : throw new ExecutionError($"Ask for between 0 and {MaxFirst} items with 'first'; {first} is outside that.") { Code = "PAGE_TOO_LARGE" };
    }
}
