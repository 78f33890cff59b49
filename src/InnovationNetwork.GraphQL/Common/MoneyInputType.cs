using GraphQL.Types;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.GraphQL.Common;

public sealed class MoneyInputType : InputObjectGraphType<Money>
{
    public MoneyInputType()
    {
        Name = "MoneyInput";
        Description = "An amount of money with its ISO 4217 currency.";
        Field<NonNullGraphType<DecimalGraphType>>("amount").Description("The amount, not negative.");
        Field<NonNullGraphType<StringGraphType>>("currency").Description("The ISO 4217 code, e.g. GBP.");
    }
}
