using GraphQL.Types;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.GraphQL.Common;

public sealed class StringFilterType : InputObjectGraphType<StringFilter>
{
    public StringFilterType()
    {
        Name = "StringFilter";
        Description = "Conditions on text, ignoring case; all that are given must hold.";
        Field<StringGraphType>("eq").Description("Equal to.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("Equal to one of.");
        Field<StringGraphType>("contains").Description("Contains.");
        Field<StringGraphType>("startsWith").Description("Starts with.");
    }
}
