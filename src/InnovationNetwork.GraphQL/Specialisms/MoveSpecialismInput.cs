using GraphQL.Types;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.GraphQL.Specialisms;

public sealed class MoveSpecialismInputType : InputObjectGraphType<MoveSpecialism>
{
    public MoveSpecialismInputType()
    {
        Name = "MoveSpecialismInput";
        Description = "A specialism, with everything below it, and its new place in the tree.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The specialism to move.");
        Field<IdGraphType>("parent").Description("Its new parent; left out, it becomes a top-level specialism. A parent below it is a CYCLE.");
    }
}
