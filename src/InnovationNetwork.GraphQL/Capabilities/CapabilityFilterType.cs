using GraphQL.Types;
using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Specialisms;

namespace InnovationNetwork.GraphQL.Capabilities;

public sealed class CapabilityFilterType : NodeFilterType<CapabilityFilterType, CapabilityFilter, Capability>
{
    public CapabilityFilterType() : base("CapabilityFilter", "capabilities")
    {
        Field<StringFilterType>("name").Description("Conditions on the name.");
        Field<EnumFilterType<CapabilityKind, CapabilityKindType>>("kind").Description("Conditions on the kind.");
        Field<IntGraphType>("coversTrl").Description("Keeps capabilities whose TRL range includes this level (1–9); an open end counts as covering.");
        Field<RelationFilterType<SpecialismFilter, Specialism, SpecialismFilterType>>("specialisms").Description("Conditions on the specialisms it applies to.");
    }
}
