using GraphQL.Types;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.GraphQL.Specialisms;

public sealed class AddSpecialismInputType : InputObjectGraphType<AddSpecialism>
{
    public AddSpecialismInputType()
    {
        Name = "AddSpecialismInput";
        Description = "A new area of smart specialisation. Its id is made from its name.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Its name (REQUIRED, not blank).");
        Field<StringGraphType>("description").Description("What it covers.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keywords").Description("Words that help search and matching find it.");
        Field<IdGraphType>("parent").Description("The specialism it belongs under; left out, it is a top-level specialism.");
    }
}
