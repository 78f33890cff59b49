using GraphQL.Types;
using InnovationNetwork.Core.People;
using InnovationNetwork.GraphQL.Organisations;

namespace InnovationNetwork.GraphQL.People;

public sealed class UpdateResearcherProfileInputType : InputObjectGraphType<UpdateResearcherProfile>
{
    public UpdateResearcherProfileInputType()
    {
        Name = "UpdateResearcherProfileInput";
        Description = "Changes to a person's profile. Fields left out stay as they are; an empty string clears a text field; lists given replace the old ones.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The person to edit.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read; if the profile changed since, nothing is written (VERSION_CONFLICT).");
        Field<StringGraphType>("name").Description("A new name; it cannot be blank.");
        Field<StringGraphType>("jobTitle").Description("Job title or role.");
        Field<StringGraphType>("biography").Description("What they work on.");
        Field<StringGraphType>("email").Description("Contact email.");
        Field<StringGraphType>("phone").Description("Contact phone.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keywords").Description("Words they want to be found by (replaces the old ones).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("specialisms").Description("Their specialisms by id (replaces the old ones).");
        Field<ListGraphType<NonNullGraphType<IdentifierInputType>>>("identifiers").Description("How outside systems name them (replaces the old ones).");
        Field<BooleanGraphType>("isPrivate").Description("Show the profile only to staff and members of their organisation.");
    }
}
