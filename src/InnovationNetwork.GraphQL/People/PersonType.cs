using GraphQL.Types;
using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.People;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.GraphQL.Capabilities;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Nodes;
using InnovationNetwork.GraphQL.Organisations;
using InnovationNetwork.GraphQL.Projects;
using InnovationNetwork.GraphQL.Specialisms;

namespace InnovationNetwork.GraphQL.People;

public sealed class PersonType : ObjectGraphType<Person>
{
    public PersonType()
    {
        Name = "Person";
        Description = "A researcher, engineer or business contact.";
        Interface<NodeInterface>();
        this.AddNodeFields();
        Field(p => p.Name).Description("The person's name.");
        Field(p => p.JobTitle, nullable: true).Description("Job title or role.");
        Field(p => p.Biography, nullable: true).Description("What they work on, in their own words.");
        Field<StringGraphType>("email").Description("Contact email; null for anonymous callers.").Resolve(ctx => ctx.Viewer().CanSeeContactDetails() ? ctx.Source.Email : null);
        Field<StringGraphType>("phone").Description("Contact phone; null for anonymous callers.").Resolve(ctx => ctx.Viewer().CanSeeContactDetails() ? ctx.Source.Phone : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("keywords").Description("Words they want to be found by.").Resolve(ctx => ctx.Source.Keywords);
        Field<NonNullGraphType<BooleanGraphType>>("isPrivate").Description("A private profile is shown only to staff and members of their organisation.").Resolve(ctx => ctx.Source.IsPrivate);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationType>>>>("organisations").Description("Where they work.")
            .Resolve(ctx => ctx.Graph().Related<Organisation>(ctx.Viewer(), ctx.Graph().Targets(ctx.Source.Id, RelationshipType.WORKS_AT)).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SpecialismType>>>>("specialisms").Description("Their specialisms.")
            .Resolve(ctx => ctx.Graph().Related<Specialism>(ctx.Viewer(), ctx.Graph().Targets(ctx.Source.Id, RelationshipType.SPECIALISES_IN)).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CapabilityType>>>>("capabilities").Description("What they offer.")
            .Resolve(ctx => ctx.Graph().Related<Capability>(ctx.Viewer(), ctx.Graph().Targets(ctx.Source.Id, RelationshipType.OFFERS)).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectType>>>>("projects").Description("Projects they took part in.")
            .Resolve(ctx => ctx.Graph().Related<Project>(ctx.Viewer(), ctx.Graph().Targets(ctx.Source.Id, RelationshipType.PARTICIPATES_IN)).ToArray());
    }
}
