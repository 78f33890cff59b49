using GraphQL.Types;
using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Challenges;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.People;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.GraphQL.Capabilities;
using InnovationNetwork.GraphQL.Challenges;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Nodes;
using InnovationNetwork.GraphQL.People;
using InnovationNetwork.GraphQL.Places;
using InnovationNetwork.GraphQL.Projects;
using InnovationNetwork.GraphQL.Specialisms;

namespace InnovationNetwork.GraphQL.Organisations;

public sealed class OrganisationType : ObjectGraphType<Organisation>
{
    public OrganisationType()
    {
        Name = "Organisation";
        Description = "A business, university, research organisation, public body or funder in the network.";
        Interface<NodeInterface>();
        this.AddNodeFields();
        Field(o => o.Name).Description("The organisation's name.");
        Field<NonNullGraphType<OrganisationKindType>>("kind").Description("What sort of body it is.").Resolve(ctx => ctx.Source.Kind);
        Field(o => o.ShortName, nullable: true).Description("A short name or acronym, e.g. CPI.");
        Field(o => o.Description, nullable: true).Description("What the organisation does, in its own words.");
        Field(o => o.Website, nullable: true).Description("Its web site.");
        Field<StringGraphType>("email").Description("Contact email; null for anonymous callers.").Resolve(ctx => ctx.Viewer().CanSeeContactDetails() ? ctx.Source.Email : null);
        Field<StringGraphType>("phone").Description("Contact phone; null for anonymous callers.").Resolve(ctx => ctx.Viewer().CanSeeContactDetails() ? ctx.Source.Phone : null);
        Field(o => o.Address, nullable: true).Description("Postal address, without the postcode.");
        Field(o => o.Postcode, nullable: true).Description("UK postcode, e.g. NE1 7RU.");
        Field<OrganisationSizeType>("size").Description("Size band by employees, when known.").Resolve(ctx => ctx.Source.Size);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("keywords").Description("Words it wants to be found by.").Resolve(ctx => ctx.Source.Keywords);
        Field<NonNullGraphType<BooleanGraphType>>("isPrivate").Description("A private profile is shown only to staff and the organisation's own members.").Resolve(ctx => ctx.Source.IsPrivate);
        Field<EmploymentType>("employment").Description("Employees and better jobs (SOC 2020 major groups 1–3), with year and source.").Resolve(ctx => ctx.Source.Employment);

        Field<PlaceType>("place").Description("Where it is: a local authority in the North East, else a region.")
            .Resolve(ctx => ctx.Graph().Related<Place>(ctx.Viewer(), ctx.Graph().Targets(ctx.Source.Id, RelationshipType.LOCATED_IN)).FirstOrDefault());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SpecialismType>>>>("specialisms").Description("The specialisms it works in.")
            .Resolve(ctx => ctx.Graph().Related<Specialism>(ctx.Viewer(), ctx.Graph().Targets(ctx.Source.Id, RelationshipType.SPECIALISES_IN)).OrderBy(s => s.Name).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("people").Description("People who work there.")
            .Resolve(ctx => ctx.Graph().Related<Person>(ctx.Viewer(), ctx.Graph().Sources(ctx.Source.Id, RelationshipType.WORKS_AT)).OrderBy(p => p.Name).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CapabilityType>>>>("capabilities").Description("What it offers: expertise, facilities, services, products.")
            .Resolve(ctx => ctx.Graph().Related<Capability>(ctx.Viewer(), ctx.Graph().Targets(ctx.Source.Id, RelationshipType.OFFERS)).OrderBy(c => c.Name).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChallengeType>>>>("challenges").Description("Challenges it has posted.")
            .Resolve(ctx => ctx.Graph().Related<Challenge>(ctx.Viewer(), ctx.Graph().Targets(ctx.Source.Id, RelationshipType.POSTED)).OrderBy(c => c.Title).ToArray());
        Field<NonNullGraphType<IntGraphType>>("projectCount").Description("How many projects it took part in.")
            .Resolve(ctx => ctx.Graph().Outgoing(ctx.Source.Id, RelationshipType.PARTICIPATES_IN).Count);
        this.Connection<Organisation, ProjectConnectionType, Project>("projects", "Projects it took part in, newest first.", ctx =>
            Ordering.Sort(ctx.Graph().Related<Project>(ctx.Viewer(), ctx.Graph().Targets(ctx.Source.Id, RelationshipType.PARTICIPATES_IN)),
                [(p => p.StartDate, SortDirection.DESC), (p => p.Title, SortDirection.ASC)]));
        Field<NonNullGraphType<IntGraphType>>("collaboratorCount").Description("How many organisations share at least one project with it.")
            .Resolve(ctx => Collaborations.Count(ctx.Graph(), ctx.Viewer(), ctx.Source.Id));
        this.Connection<Organisation, CollaboratorConnectionType, Collaboration>("collaborators",
            "Organisations it worked with, derived from shared projects, most shared projects first.",
            ctx => Collaborations.Of(ctx.Graph(), ctx.Viewer(), ctx.Source.Id));
        this.AddMatchingFields();
    }
}
