using GraphQL.Types;
using InnovationNetwork.Core.Capabilities;

namespace InnovationNetwork.GraphQL.Capabilities;

public sealed class WithdrawCapabilityInputType : InputObjectGraphType<WithdrawCapability>
{
    public WithdrawCapabilityInputType()
    {
        Name = "WithdrawCapabilityInput";
        Description = "The capability no longer on offer.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The capability's id.");
    }
}
