using GraphQL.Types;
using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Specialisms;

public sealed class SpecialismFilterType : NodeFilterType<SpecialismFilterType, SpecialismFilter, Specialism>
{
    public SpecialismFilterType() : base("SpecialismFilter", "specialisms")
    {
        Field<StringFilterType>("name").Description("Conditions on the name.");
        Field<StringFilterType>("keyword").Description("Matches specialisms with a keyword meeting these conditions.");
        Field<BooleanGraphType>("isRoot").Description("true: top-level specialisms only; false: only sub-specialisms.");
    }
}
