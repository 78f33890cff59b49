using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.GraphQL.Specialisms;

public static class SpecialismMutations
{
    public static void AddSpecialismMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AddSpecialismPayloadType>>("addSpecialism")
            .Description("Staff: add a specialism to the tree. Errors: REQUIRED name; NOT_FOUND parent; FORBIDDEN for non-staff.")
            .Argument<NonNullGraphType<AddSpecialismInputType>>("input", "The specialism.")
            .ResolveAsync(async ctx => await ctx.GetArgument<AddSpecialism>("input").RunAsync(ctx.Commands(), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<MoveSpecialismPayloadType>>("moveSpecialism")
            .Description("Staff: move a specialism, with everything below it, under another parent or to the top. Errors: CYCLE when the "
                + "new parent lies below it; NOT_FOUND; FORBIDDEN for non-staff.")
            .Argument<NonNullGraphType<MoveSpecialismInputType>>("input", "The specialism and its new parent.")
            .ResolveAsync(async ctx => await ctx.GetArgument<MoveSpecialism>("input").RunAsync(ctx.Commands(), ctx.CancellationToken));
    }
}
