using GraphQL.Types;

namespace InnovationNetwork.GraphQL.Common;

/// <summary>Calendar dates as ISO 8601 strings (2016-01-31), named Date in the schema.</summary>
public sealed class DateType : DateOnlyGraphType
{
    public DateType()
    {
        Name = "Date";
        Description = "A calendar date in ISO 8601 form, e.g. 2016-01-31.";
    }
}
