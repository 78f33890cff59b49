using GraphQL.Types;
using InnovationNetwork.Core.Challenges;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Challenges;

public sealed class PostChallengeInputType : InputObjectGraphType<PostChallenge>
{
    public PostChallengeInputType()
    {
        Name = "PostChallengeInput";
        Description = "A need an organisation wants solved. Its id is made from its title.";
        Field<NonNullGraphType<IdGraphType>>("organisation").Description("The organisation posting it; you must be a member of it (or staff).");
        Field<NonNullGraphType<StringGraphType>>("title").Description("The challenge in a line (REQUIRED, not blank).");
        Field<StringGraphType>("description").Description("The need in full.");
        Field<IntGraphType>("trlSought").Description("The technology readiness level the solution should reach, 1–9.");
        Field<MoneyInputType>("budget").Description("The budget, not negative.");
        Field<DateType>("deadline").Description("When answers are due.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keywords").Description("Words that describe it.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("specialisms").Description("Specialisms it concerns, by id.");
        Field<IdGraphType>("place").Description("Where the need is, by place id, when it matters.");
        Field<BooleanGraphType>("isPrivate").Description("Show it only to staff and the organisation's members; false when left out.");
    }
}
