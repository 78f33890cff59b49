using GraphQL.Types;
using InnovationNetwork.Core.Clusters;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Organisations;

namespace InnovationNetwork.GraphQL.Clusters;

// The small value types of ClusterStrength, one per measure group; each field says how it is counted.

public sealed class ClusterOrganisationsType : ObjectGraphType<ClusterOrganisations>
{
    public ClusterOrganisationsType()
    {
        Name = "ClusterOrganisations";
        Description = "The cluster's organisations.";
        Field(o => o.Total).Description("How many organisations the cluster holds.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KindCountType>>>>("byKind").Description("How many of each kind; every kind listed, zeros included.").Resolve(ctx => ctx.Source.ByKind);
    }
}

public sealed class KindCountType : ObjectGraphType<KindCount>
{
    public KindCountType()
    {
        Name = "OrganisationKindCount";
        Description = "A number of organisations of one kind.";
        Field<NonNullGraphType<OrganisationKindType>>("kind").Description("The kind.").Resolve(ctx => ctx.Source.Kind);
        Field(k => k.Count).Description("How many.");
    }
}

public sealed class ClusterEmploymentType : ObjectGraphType<ClusterEmployment>
{
    public ClusterEmploymentType()
    {
        Name = "ClusterEmployment";
        Description = "Employment in the cluster's organisations, as they reported it (Organisation.employment). An organisation in several specialisms counts in full in each.";
        Field(e => e.Organisations).Description("The cluster's organisations: the base of coverage.");
        Field(e => e.ReportingEmployees).Description("How many of them reported employees.");
        Field<NonNullGraphType<IntGraphType>>("employees").Description("Σ employees over organisations that reported them.").Resolve(ctx => checked((int)ctx.Source.Employees));
        Field(e => e.ReportingBetterJobs).Description("How many reported better jobs (employees in SOC 2020 major groups 1–3).");
        Field<NonNullGraphType<IntGraphType>>("betterJobs").Description("Σ better jobs over organisations that reported them.").Resolve(ctx => checked((int)ctx.Source.BetterJobs));
        Field<NonNullGraphType<IntGraphType>>("employeesWhereBetterJobsReported").Description("Σ employees over the organisations that reported better jobs: the share's denominator.")
            .Resolve(ctx => checked((int)ctx.Source.EmployeesWhereBetterJobsReported));
        Field(e => e.BetterJobsShare, nullable: true).Description("betterJobs ÷ employeesWhereBetterJobsReported (both from the same organisations), 0–1; null when none reported.");
        Field(e => e.Coverage, nullable: true).Description("reportingEmployees ÷ organisations, 0–1: how far to trust the sums; null for an empty cluster.");
        Field(e => e.EarliestYear, nullable: true).Description("The oldest year any reported figure refers to.");
        Field(e => e.LatestYear, nullable: true).Description("The newest year any reported figure refers to.");
    }
}

public sealed class ClusterProjectsType : ObjectGraphType<ClusterProjects>
{
    public ClusterProjectsType()
    {
        Name = "ClusterProjects";
        Description = "The cluster's projects in the period.";
        Field(p => p.Total).Description("How many projects overlap the period (start ≤ to and end ≥ from). A project with no end date is taken to end on its start date.");
        Field(p => p.Active).Description("How many were running on activeOn (start ≤ activeOn ≤ end).");
        Field<NonNullGraphType<DateType>>("activeOn").Description("The day active projects are counted on: the period's 'to', else today.").Resolve(ctx => ctx.Source.ActiveOn);
        Field(p => p.Untagged).Description("Projects of the cluster's organisations in the period that name no specialism (no APPLIES_TO): counted for no cluster, "
            + "so not in total. Counting them for every specialism of their partners would hand a broad university's untagged projects to each of its clusters.");
    }
}

public sealed class ClusterFundingType : ObjectGraphType<ClusterFunding>
{
    public ClusterFundingType()
    {
        Name = "ClusterFunding";
        Description = "Money the cluster's organisations brought in through the cluster's projects: each participation's recorded contribution "
            + "(CORDIS's EC contribution), or else an equal share of what remains of the project's funding after recorded contributions.";
        Field<NonNullGraphType<MoneyType>>("total").Description("Σ over the cluster's participations in the asked currency.").Resolve(ctx => ctx.Source.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<YearAmountType>>>>("byYear").Description("The total split by the year each project started; projects with no start date last, with a null year.").Resolve(ctx => ctx.Source.ByYear);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FunderAmountType>>>>("byFunder")
            .Description("The total split by funder (FUNDED_BY); a project with several funders is split by the amounts on FUNDED_BY, else equally. Largest first.")
            .Resolve(ctx => ctx.Source.ByFunder);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MoneyType>>>>("otherCurrencies").Description("Amounts in other currencies, left out of the total (never converted).").Resolve(ctx => ctx.Source.OtherCurrencies);
    }
}

public sealed class YearAmountType : ObjectGraphType<YearAmount>
{
    public YearAmountType()
    {
        Name = "YearAmount";
        Description = "Funding of projects that started in one year.";
        Field(y => y.Year, nullable: true).Description("The start year; null for projects without a start date.");
        Field<NonNullGraphType<MoneyType>>("amount").Description("How much.").Resolve(ctx => ctx.Source.Amount);
    }
}

public sealed class FunderAmountType : ObjectGraphType<FunderAmount>
{
    public FunderAmountType()
    {
        Name = "FunderAmount";
        Description = "Funding through one funder.";
        Field<OrganisationType>("funder").Description("The funder; null gathers projects that name none.").Resolve(ctx => ctx.Source.Funder);
        Field<NonNullGraphType<MoneyType>>("amount").Description("How much.").Resolve(ctx => ctx.Source.Amount);
    }
}

public sealed class ClusterYearType : ObjectGraphType<ClusterYear>
{
    public ClusterYearType()
    {
        Name = "ClusterYear";
        Description = "One year of the cluster's activity.";
        Field(y => y.Year).Description("The calendar year.");
        Field(y => y.Organisations).Description("The cluster's organisations taking part in one of its projects running that year.");
        Field(y => y.ProjectsStarted).Description("The cluster's projects that started that year.");
        Field(y => y.ProjectsActive).Description("The cluster's projects running at some time that year.");
        Field<NonNullGraphType<MoneyType>>("funding").Description("Funding of the cluster's projects that started that year (as in funding.byYear).").Resolve(ctx => ctx.Source.Funding);
    }
}
