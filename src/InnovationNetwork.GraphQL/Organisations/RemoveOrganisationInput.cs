using GraphQL.Types;
using InnovationNetwork.Core.Organisations;

namespace InnovationNetwork.GraphQL.Organisations;

public sealed class RemoveOrganisationInputType : InputObjectGraphType<RemoveOrganisation>
{
    public RemoveOrganisationInputType()
    {
        Name = "RemoveOrganisationInput";
        Description = "The organisation to take out of the directory.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The organisation's id.");
    }
}
