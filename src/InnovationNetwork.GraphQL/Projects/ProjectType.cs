using GraphQL.Types;
using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Nodes;
using InnovationNetwork.GraphQL.Organisations;
using InnovationNetwork.GraphQL.Specialisms;

namespace InnovationNetwork.GraphQL.Projects;

public sealed class ProjectType : ObjectGraphType<Project>
{
    public ProjectType()
    {
        Name = "Project";
        Description = "A collaborative project: who took part, what it cost, who funded it.";
        Interface<NodeInterface>();
        this.AddNodeFields();
        Field(p => p.Title).Description("The project's title.");
        Field(p => p.Acronym, nullable: true).Description("Its acronym.");
        Field(p => p.Abstract, nullable: true).Description("What it set out to do.");
        Field<DateType>("startDate").Description("When it started.").Resolve(ctx => ctx.Source.StartDate);
        Field<DateType>("endDate").Description("When it ended or ends.").Resolve(ctx => ctx.Source.EndDate);
        Field<MoneyType>("totalCost").Description("The whole project's cost.").Resolve(ctx => ctx.Source.TotalCost);
        Field<MoneyType>("funding").Description("Public funding granted (for CORDIS, the EC maximum contribution).").Resolve(ctx => ctx.Source.Funding);
        Field(p => p.Programme, nullable: true).Description("The funding programme and part, e.g. H2020-EU.3.3.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("keywords").Description("Words that describe it.").Resolve(ctx => ctx.Source.Keywords);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParticipationType>>>>("participants").Description("Organisations and people that took part, with their roles and contributions.")
            .Resolve(ctx => ctx.Graph().Incoming(ctx.Source.Id, RelationshipType.PARTICIPATES_IN)
                .Where(r => ctx.Graph().Find(r.From) is { } n && ctx.Viewer().CanSee(ctx.Graph(), n)).ToArray());
        Field<NonNullGraphType<IntGraphType>>("participantCount").Description("How many took part.")
            .Resolve(ctx => ctx.Graph().Incoming(ctx.Source.Id, RelationshipType.PARTICIPATES_IN).Count(r => ctx.Graph().Find(r.From) is { } n && ctx.Viewer().CanSee(ctx.Graph(), n)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationType>>>>("funders").Description("Who funded it.")
            .Resolve(ctx => ctx.Graph().Related<Organisation>(ctx.Viewer(), ctx.Graph().Targets(ctx.Source.Id, RelationshipType.FUNDED_BY)).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SpecialismType>>>>("specialisms").Description("Specialisms it applies to.")
            .Resolve(ctx => ctx.Graph().Related<Specialism>(ctx.Viewer(), ctx.Graph().Targets(ctx.Source.Id, RelationshipType.APPLIES_TO)).ToArray());
    }
}
