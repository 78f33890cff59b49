using GraphQL.Types;
using InnovationNetwork.Core.Challenges;

namespace InnovationNetwork.GraphQL.Challenges;

public sealed class CloseChallengeInputType : InputObjectGraphType<CloseChallenge>
{
    public CloseChallengeInputType()
    {
        Name = "CloseChallengeInput";
        Description = "The challenge that no longer takes answers.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The challenge's id.");
        Field<IntGraphType>("version").Description("The version you read, to be told (VERSION_CONFLICT) when it changed since; left out, the challenge is closed whatever its version.");
    }
}
