using GraphQL.Types;
using InnovationNetwork.Core.Challenges;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Challenges;

public sealed class UpdateChallengeInputType : InputObjectGraphType<UpdateChallenge>
{
    public UpdateChallengeInputType()
    {
        Name = "UpdateChallengeInput";
        Description = "Changes to a challenge. Fields left out stay as they are; an empty string clears a text field; lists given replace the old ones.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The challenge to edit.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read; if the challenge changed since, nothing is written (VERSION_CONFLICT).");
        Field<StringGraphType>("title").Description("A new title; it cannot be blank.");
        Field<StringGraphType>("description").Description("The need in full.");
        Field<IntGraphType>("trlSought").Description("The technology readiness level sought, 1–9.");
        Field<MoneyInputType>("budget").Description("The budget, not negative.");
        Field<DateType>("deadline").Description("When answers are due.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keywords").Description("Words that describe it (replaces the old ones).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("specialisms").Description("Specialisms it concerns (replaces the old ones).");
        Field<IdGraphType>("place").Description("Where the need is; an empty string removes the place.");
        Field<BooleanGraphType>("isPrivate").Description("Show it only to staff and the posting organisation's members.");
    }
}
