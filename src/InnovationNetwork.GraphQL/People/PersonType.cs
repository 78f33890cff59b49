using GraphQL.Types;
using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.People;
using InnovationNetwork.Core.Projects;
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

public sealed class PersonOrderFieldType : EnumerationGraphType<PersonOrderField>
{
    public PersonOrderFieldType()
    {
        Name = "PersonOrderField";
        Description = "What people can be sorted by.";
    }
}

public sealed class PersonFilterType : NodeFilterType<PersonFilterType, PersonFilter, Person>
{
    public PersonFilterType() : base("PersonFilter", "people")
    {
        Field<StringFilterType>("name").Description("Conditions on the name.");
        Field<StringFilterType>("jobTitle").Description("Conditions on the job title.");
        Field<RelationFilterType<OrganisationFilter, Organisation, OrganisationFilterType>>("organisations").Description("Conditions on where they work.");
        Field<RelationFilterType<SpecialismFilter, Specialism, SpecialismFilterType>>("specialisms").Description("Conditions on their specialisms.");
    }
}

public sealed class PersonOrderType : InputObjectGraphType<PersonOrder>
{
    public PersonOrderType()
    {
        Name = "PersonOrder";
        Description = "One sort key for people.";
        Field<NonNullGraphType<PersonOrderFieldType>>("field").Description("What to sort by.");
        Field<SortDirectionType>("direction").Description("ASC (default) or DESC.").DefaultValue(Core.Querying.SortDirection.ASC);
    }
}

public sealed class PersonConnectionType() : ConnectionType<PersonType, Person>("Person");

public static class PersonQueries
{
    public static void AddPersonQueries(this ObjectGraphType query) =>
        query.AddLookupAndList<Person, PersonFilter, PersonOrder, PersonType, PersonFilterType, PersonOrderType, PersonConnectionType>(
            "person", "people", new PersonOrder(PersonOrderField.NAME));
}
