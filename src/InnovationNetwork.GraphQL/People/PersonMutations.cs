using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Core.People;

namespace InnovationNetwork.GraphQL.People;

public static class PersonMutations
{
    public static void AddPersonMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RegisterResearcherPayloadType>>("registerResearcher")
            .Description("Members of the organisation and staff: register someone who works there. Errors: REQUIRED name; INVALID email; "
                + "DUPLICATE identifier; NOT_FOUND organisation or specialism; FORBIDDEN for other organisations' members and anonymous callers.")
            .Argument<NonNullGraphType<RegisterResearcherInputType>>("input", "The person's profile.")
            .ResolveAsync(async ctx => await ctx.GetArgument<RegisterResearcher>("input").RunAsync(ctx.Commands(), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<UpdateResearcherProfilePayloadType>>("updateResearcherProfile")
            .Description("Members of an organisation the person works at, and staff: edit their profile. Errors: VERSION_CONFLICT; NOT_FOUND; "
                + "FORBIDDEN; and the rules of registerResearcher.")
            .Argument<NonNullGraphType<UpdateResearcherProfileInputType>>("input", "The changes.")
            .ResolveAsync(async ctx => await ctx.GetArgument<UpdateResearcherProfile>("input").RunAsync(ctx.Commands(), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<RemovePersonPayloadType>>("removePerson")
            .Description("Staff: remove a person with their relationships and the capabilities and challenges only they offer or posted. "
                + "Errors: NOT_FOUND; FORBIDDEN for non-staff.")
            .Argument<NonNullGraphType<RemovePersonInputType>>("input", "The person to remove.")
            .ResolveAsync(async ctx => await ctx.GetArgument<RemovePerson>("input").RunAsync(ctx.Commands(), ctx.CancellationToken));
    }
}
