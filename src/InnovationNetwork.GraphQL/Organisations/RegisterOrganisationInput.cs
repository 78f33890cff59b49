using GraphQL.Types;
using InnovationNetwork.Core.Organisations;

namespace InnovationNetwork.GraphQL.Organisations;

public sealed class RegisterOrganisationInputType : InputObjectGraphType<RegisterOrganisation>
{
    public RegisterOrganisationInputType()
    {
        Name = "RegisterOrganisationInput";
        Description = "A new organisation's profile. Its id is made from its name.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The organisation's name (REQUIRED, not blank).");
        Field<OrganisationKindType>("kind").Description("What sort of body it is; OTHER when left out.");
        Field<StringGraphType>("shortName").Description("A short name or acronym.");
        Field<StringGraphType>("description").Description("What it does, in its own words.");
        Field<StringGraphType>("website").Description("Its web site as https://…; one organisation per site (else DUPLICATE).");
        Field<StringGraphType>("email").Description("Contact email, shown to signed-in callers only.");
        Field<StringGraphType>("phone").Description("Contact phone, shown to signed-in callers only.");
        Field<StringGraphType>("address").Description("Postal address, without the postcode.");
        Field<StringGraphType>("postcode").Description("UK postcode, e.g. NE1 7RU.");
        Field<OrganisationSizeType>("size").Description("Size band by employees.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keywords").Description("Words it wants to be found by.");
        Field<EmploymentInputType>("employment").Description("Employees and better jobs, with year and source.");
        Field<IdGraphType>("place").Description("Where it is: a place id, e.g. place-E06000057.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("specialisms").Description("The specialisms it works in, by id.");
        Field<ListGraphType<NonNullGraphType<IdentifierInputType>>>("identifiers").Description("How outside systems name it (Companies House number, PIC …).");
        Field<BooleanGraphType>("isPrivate").Description("Show the profile only to staff and the organisation's members; false when left out.");
    }
}
