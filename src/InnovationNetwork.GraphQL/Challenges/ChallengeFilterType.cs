using InnovationNetwork.Core.Challenges;
using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Specialisms;

namespace InnovationNetwork.GraphQL.Challenges;

public sealed class ChallengeFilterType : NodeFilterType<ChallengeFilterType, ChallengeFilter, Challenge>
{
    public ChallengeFilterType() : base("ChallengeFilter", "challenges")
    {
        Field<StringFilterType>("title").Description("Conditions on the title.");
        Field<EnumFilterType<ChallengeStatus, ChallengeStatusType>>("status").Description("Conditions on the status.");
        Field<IntFilterType>("trlSought").Description("Conditions on the TRL sought.");
        Field<DateFilterType>("deadline").Description("Conditions on the deadline.");
        Field<DecimalFilterType>("budget").Description("Conditions on the budget amount.");
        Field<RelationFilterType<SpecialismFilter, Specialism, SpecialismFilterType>>("specialisms").Description("Conditions on its specialisms.");
    }
}
