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

public sealed class IntFilterType() : RangeFilterType<IntFilter, int, IntGraphType>("IntFilter", "a whole number");

public sealed class DecimalFilterType() : RangeFilterType<DecimalFilter, decimal, DecimalGraphType>("DecimalFilter", "an amount");

public sealed class DateFilterType() : RangeFilterType<DateFilter, DateOnly, DateType>("DateFilter", "a date");

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

/// <summary>Conditions on the nodes at the far end of a relationship, named "{Target}RelationFilter".</summary>
public sealed class RelationFilterType<TFilter, TNode, TFilterType> : InputObjectGraphType<RelationFilter<TFilter, TNode>>
    where TFilter : NodeFilter<TFilter, TNode>
    where TNode : Core.Graph.Node
    where TFilterType : InputObjectGraphType<TFilter>
{
    public RelationFilterType()
    {
        Name = typeof(TNode).Name + "RelationFilter";
        Description = $"Conditions on related {typeof(TNode).Name} records.";
        Field<TFilterType>("some").Description("At least one related record matches.");
        Field<TFilterType>("none").Description("No related record matches.");
        Field<TFilterType>("every").Description("Every related record matches (true when there are none).");
    }
}

/// <summary>The and/or/not/id fields every node filter has.</summary>
public abstract class NodeFilterType<TSelf, TFilter, TNode> : InputObjectGraphType<TFilter>
    where TSelf : NodeFilterType<TSelf, TFilter, TNode>
    where TFilter : NodeFilter<TFilter, TNode>
    where TNode : Core.Graph.Node
{
    protected NodeFilterType(string name, string what)
    {
        Name = name;
        Description = $"Which {what} to keep; all conditions given must hold.";
        Field<IdFilterType>("id").Description("Conditions on the id.");
        Field<ListGraphType<NonNullGraphType<TSelf>>>("and").Description("All of these hold.");
        Field<ListGraphType<NonNullGraphType<TSelf>>>("or").Description("At least one of these holds.");
        Field<TSelf>("not").Description("This does not hold.");
    }
}
