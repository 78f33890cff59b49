using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Core.Organisations;

namespace InnovationNetwork.GraphQL.Organisations;

public static class OrganisationMutations
{
    public static void AddOrganisationMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RegisterOrganisationPayloadType>>("registerOrganisation")
            .Description("Signed-in members and staff: add an organisation. Errors: REQUIRED name; INVALID email or website; DUPLICATE website or identifier; "
                + "OUT_OF_RANGE employment; NOT_FOUND place or specialism; FORBIDDEN for anonymous callers.")
            .Argument<NonNullGraphType<RegisterOrganisationInputType>>("input", "The organisation's profile.")
            .ResolveAsync(async ctx => await ctx.GetArgument<RegisterOrganisation>("input").RunAsync(ctx.Commands(), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<UpdateOrganisationProfilePayloadType>>("updateOrganisationProfile")
            .Description("Members of the organisation and staff: edit its profile, including whether it is private. Errors: VERSION_CONFLICT when it changed "
                + "since the version you read; NOT_FOUND; FORBIDDEN for others; and the rules of registerOrganisation.")
            .Argument<NonNullGraphType<UpdateOrganisationProfileInputType>>("input", "The changes.")
            .ResolveAsync(async ctx => await ctx.GetArgument<UpdateOrganisationProfile>("input").RunAsync(ctx.Commands(), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<MergeOrganisationsPayloadType>>("mergeOrganisations")
            .Description("Staff: merge a duplicate into the record kept, moving every relationship, identifier and source, in one atomic write. "
                + "Errors: NOT_FOUND; INVALID when both ids are the same; FORBIDDEN for non-staff.")
            .Argument<NonNullGraphType<MergeOrganisationsInputType>>("input", "The record to keep and the one to remove.")
            .ResolveAsync(async ctx => await ctx.GetArgument<MergeOrganisations>("input").RunAsync(ctx.Commands(), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<RemoveOrganisationPayloadType>>("removeOrganisation")
            .Description("Staff: remove an organisation with its relationships and the capabilities and challenges only it offers or posted. "
                + "Errors: NOT_FOUND; FORBIDDEN for non-staff.")
            .Argument<NonNullGraphType<RemoveOrganisationInputType>>("input", "The organisation to remove.")
            .ResolveAsync(async ctx => await ctx.GetArgument<RemoveOrganisation>("input").RunAsync(ctx.Commands(), ctx.CancellationToken));
    }
}
