using GraphQL.Types;
using InnovationNetwork.Core.Organisations;

namespace InnovationNetwork.GraphQL.Organisations;

public sealed class UpdateOrganisationProfileInputType : InputObjectGraphType<UpdateOrganisationProfile>
{
    public UpdateOrganisationProfileInputType()
    {
        Name = "UpdateOrganisationProfileInput";
        Description = "Changes to an organisation's profile. Fields left out stay as they are; an empty string clears a text field; lists given replace the old ones.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The organisation to edit.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read; if the profile changed since, nothing is written (VERSION_CONFLICT).");
        Field<StringGraphType>("name").Description("A new name; it cannot be blank.");
        Field<OrganisationKindType>("kind").Description("What sort of body it is.");
        Field<StringGraphType>("shortName").Description("A short name or acronym.");
        Field<StringGraphType>("description").Description("What it does, in its own words.");
        Field<StringGraphType>("website").Description("Its web site as https://…; one organisation per site (else DUPLICATE).");
        Field<StringGraphType>("email").Description("Contact email.");
        Field<StringGraphType>("phone").Description("Contact phone.");
        Field<StringGraphType>("address").Description("Postal address, without the postcode.");
        Field<StringGraphType>("postcode").Description("UK postcode.");
        Field<OrganisationSizeType>("size").Description("Size band by employees.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keywords").Description("Words it wants to be found by (replaces the old ones).");
        Field<EmploymentInputType>("employment").Description("Employees and better jobs, with year and source.");
        Field<IdGraphType>("place").Description("Where it is, by place id; an empty string removes the place.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("specialisms").Description("Its specialisms by id (replaces the old ones).");
        Field<ListGraphType<NonNullGraphType<IdentifierInputType>>>("identifiers").Description("How outside systems name it (replaces the old ones).");
        Field<BooleanGraphType>("isPrivate").Description("Show the profile only to staff and the organisation's members.");
    }
}
