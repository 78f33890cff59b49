using GraphQL.Types;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.GraphQL.Common;

/// <summary>Conditions on an enumerated field, named "{Enum}Filter".</summary>
public sealed class EnumFilterType<TEnum, TEnumType> : InputObjectGraphType<EnumFilter<TEnum>>
    where TEnum : struct, Enum
    where TEnumType : EnumerationGraphType<TEnum>
{
    public EnumFilterType()
    {
        Name = typeof(TEnum).Name + "Filter";
        Description = $"Conditions on a {typeof(TEnum).Name}; all that are given must hold.";
        Field<TEnumType>("eq").Description("Equal to.");
        Field<ListGraphType<NonNullGraphType<TEnumType>>>("in").Description("One of.");
    }
}
