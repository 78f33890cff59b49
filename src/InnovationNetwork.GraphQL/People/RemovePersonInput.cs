using GraphQL.Types;
using InnovationNetwork.Core.People;

namespace InnovationNetwork.GraphQL.People;

public sealed class RemovePersonInputType : InputObjectGraphType<RemovePerson>
{
    public RemovePersonInputType()
    {
        Name = "RemovePersonInput";
        Description = "The person to take out of the directory.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The person's id.");
    }
}
