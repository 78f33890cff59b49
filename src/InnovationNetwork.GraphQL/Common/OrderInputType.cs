using GraphQL.Types;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.GraphQL.Common;

/// <summary>One sort key of a list: <c>{ field, direction }</c>, named after the Core order record.</summary>
public abstract class OrderInputType<TOrder, TFieldType> : InputObjectGraphType<TOrder>
    where TFieldType : IGraphType
{
    protected OrderInputType(string what)
    {
        Name = typeof(TOrder).Name;
        Description = $"One sort key for {what}.";
#pragma warning disable GQL006 // Every order record has Field and Direction; the analyzer cannot see that through the type parameter.
        Field<NonNullGraphType<TFieldType>>("field").Description("What to sort by.");
        Field<SortDirectionType>("direction").Description("ASC (default) or DESC.").DefaultValue(SortDirection.ASC);
#pragma warning restore GQL006
    }
}
