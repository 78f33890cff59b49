using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Core.Challenges;

namespace InnovationNetwork.GraphQL.Challenges;

public static class ChallengeMutations
{
    public static void AddChallengeMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PostChallengePayloadType>>("postChallenge")
            .Description("Members and staff: post what your organisation needs solved. Errors: REQUIRED title; OUT_OF_RANGE trlSought outside 1–9 "
                + "or negative budget; INVALID currency; NOT_FOUND organisation, place or specialism; FORBIDDEN for other organisations' members and anonymous callers.")
            .Argument<NonNullGraphType<PostChallengeInputType>>("input", "The challenge.")
            .ResolveAsync(async ctx => await ctx.GetArgument<PostChallenge>("input").RunAsync(ctx.Commands(), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<UpdateChallengePayloadType>>("updateChallenge")
            .Description("Members of the posting organisation and staff: edit a challenge, including whether it is private. Errors: VERSION_CONFLICT; "
                + "NOT_FOUND; FORBIDDEN; and the rules of postChallenge.")
            .Argument<NonNullGraphType<UpdateChallengeInputType>>("input", "The changes.")
            .ResolveAsync(async ctx => await ctx.GetArgument<UpdateChallenge>("input").RunAsync(ctx.Commands(), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<CloseChallengePayloadType>>("closeChallenge")
            .Description("Members of the posting organisation and staff: stop taking answers. Closing a closed challenge changes nothing. "
                + "Errors: VERSION_CONFLICT when a version is given and moved; NOT_FOUND; FORBIDDEN.")
            .Argument<NonNullGraphType<CloseChallengeInputType>>("input", "The challenge to close.")
            .ResolveAsync(async ctx => await ctx.GetArgument<CloseChallenge>("input").RunAsync(ctx.Commands(), ctx.CancellationToken));
    }
}
