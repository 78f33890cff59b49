using GraphQL.Types;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.GraphQL.Common;

public sealed class MoneyType : ObjectGraphType<Money>
{
    public MoneyType()
    {
        Name = "Money";
        Description = "An amount of money with its ISO 4217 currency (CORDIS amounts are in EUR, ESIF in GBP).";
        Field(m => m.Amount).Description("The amount, in units of the currency (not pence or cents).");
        Field(m => m.Currency).Description("The ISO 4217 code, e.g. GBP or EUR.");
    }
}
