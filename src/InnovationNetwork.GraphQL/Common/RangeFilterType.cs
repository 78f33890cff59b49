using GraphQL.Types;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.GraphQL.Common;

/// <summary>Range conditions on a number or date type.</summary>
public abstract class RangeFilterType<TFilter, TValue, TScalar> : InputObjectGraphType<TFilter>
    where TFilter : RangeFilter<TValue>
    where TValue : struct, IComparable<TValue>
    where TScalar : ScalarGraphType
{
    protected RangeFilterType(string name, string what)
    {
        Name = name;
        Description = $"Conditions on {what}; all that are given must hold. A record with no value matches only an empty filter.";
        Field<TScalar>("eq").Description("Equal to.");
        Field<TScalar>("gt").Description("Greater than.");
        Field<TScalar>("gte").Description("Greater than or equal to.");
        Field<TScalar>("lt").Description("Less than.");
        Field<TScalar>("lte").Description("Less than or equal to.");
        Field<ListGraphType<NonNullGraphType<TScalar>>>("in").Description("Equal to one of.");
    }
}
