using GraphQL.Types;

namespace InnovationNetwork.GraphQL.Common;

/// <summary>A GraphQL enum named after its C# enum, with a description; the values keep their C# names.</summary>
public abstract class DescribedEnumType<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : Enum
{
    protected DescribedEnumType(string description)
    {
        Name = typeof(TEnum).Name;
        Description = description;
    }
}
