using GraphQL.Types;
using InnovationNetwork.Core.Organisations;

namespace InnovationNetwork.GraphQL.Organisations;

public sealed class MergeOrganisationsInputType : InputObjectGraphType<MergeOrganisations>
{
    public MergeOrganisationsInputType()
    {
        Name = "MergeOrganisationsInput";
        Description = "Two records of one organisation: the one to keep and the duplicate to remove.";
        Field<NonNullGraphType<IdGraphType>>("keep").Description("The record that stays, under its own id.");
        Field<NonNullGraphType<IdGraphType>>("remove").Description("The duplicate; its relationships, identifiers and sources move to the kept record.");
    }
}
