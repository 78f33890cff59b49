using GraphQL.Types;
using InnovationNetwork.Core.People;
using InnovationNetwork.GraphQL.Organisations;

namespace InnovationNetwork.GraphQL.People;

public sealed class RegisterResearcherInputType : InputObjectGraphType<RegisterResearcher>
{
    public RegisterResearcherInputType()
    {
        Name = "RegisterResearcherInput";
        Description = "Someone who works at an organisation, and what they work on. Their id is made from their name.";
        Field<NonNullGraphType<IdGraphType>>("organisation").Description("Where they work; you must be a member of it (or staff).");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Their name (REQUIRED, not blank).");
        Field<StringGraphType>("jobTitle").Description("Job title or role.");
        Field<StringGraphType>("biography").Description("What they work on, in their own words.");
        Field<StringGraphType>("email").Description("Contact email, shown to signed-in callers only.");
        Field<StringGraphType>("phone").Description("Contact phone, shown to signed-in callers only.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keywords").Description("Words they want to be found by.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("specialisms").Description("Their specialisms, by id.");
        Field<ListGraphType<NonNullGraphType<IdentifierInputType>>>("identifiers").Description("How outside systems name them, e.g. ORCID.");
        Field<BooleanGraphType>("isPrivate").Description("Show the profile only to staff and members of their organisation; false when left out.");
    }
}
