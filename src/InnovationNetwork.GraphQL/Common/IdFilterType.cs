using GraphQL.Types;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.GraphQL.Common;

public sealed class IdFilterType : InputObjectGraphType<IdFilter>
{
    public IdFilterType()
    {
        Name = "IdFilter";
        Description = "Conditions on a global id; all that are given must hold.";
        Field<IdGraphType>("eq").Description("This id.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("in").Description("One of these ids.");
        Field<IdGraphType>("within").Description("This place or specialism, or anything below it in its tree (e.g. every local authority in a region, every sub-specialism of Energy).");
    }
}
