using GraphQL.Types;
using InnovationNetwork.Core.Capabilities;

namespace InnovationNetwork.GraphQL.Capabilities;

public sealed class OfferCapabilityInputType : InputObjectGraphType<OfferCapability>
{
    public OfferCapabilityInputType()
    {
        Name = "OfferCapabilityInput";
        Description = "Something an organisation or one of its people can do for others. Its id is made from its name.";
        Field<NonNullGraphType<IdGraphType>>("offeredBy").Description("The organisation or person who offers it; you must be a member of (their) organisation, or staff.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("What it is called (REQUIRED, not blank).");
        Field<CapabilityKindType>("kind").Description("EXPERTISE (when left out), FACILITY, SERVICE or PRODUCT.");
        Field<StringGraphType>("description").Description("What it is and what it is good for.");
        Field<IntGraphType>("trlMin").Description("The lowest technology readiness level it works at, 1–9.");
        Field<IntGraphType>("trlMax").Description("The highest technology readiness level it works at, 1–9, not below trlMin.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keywords").Description("Words it should be found by.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("specialisms").Description("The specialisms it applies to, by id.");
    }
}
