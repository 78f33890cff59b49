using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Core.Capabilities;

namespace InnovationNetwork.GraphQL.Capabilities;

public static class CapabilityMutations
{
    public static void AddCapabilityMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<OfferCapabilityPayloadType>>("offerCapability")
            .Description("Members and staff: offer a capability of your organisation or one of its people. Errors: REQUIRED name; OUT_OF_RANGE "
                + "TRL outside 1–9 or upside down; NOT_FOUND offeredBy or specialism; FORBIDDEN for other organisations' members and anonymous callers.")
            .Argument<NonNullGraphType<OfferCapabilityInputType>>("input", "The capability.")
            .ResolveAsync(async ctx => await ctx.GetArgument<OfferCapability>("input").RunAsync(ctx.Commands(), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<WithdrawCapabilityPayloadType>>("withdrawCapability")
            .Description("Members of the offering organisation and staff: take a capability out of the directory. Errors: NOT_FOUND; FORBIDDEN.")
            .Argument<NonNullGraphType<WithdrawCapabilityInputType>>("input", "The capability to withdraw.")
            .ResolveAsync(async ctx => await ctx.GetArgument<WithdrawCapability>("input").RunAsync(ctx.Commands(), ctx.CancellationToken));
    }
}
