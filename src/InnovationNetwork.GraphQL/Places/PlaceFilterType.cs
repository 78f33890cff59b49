using InnovationNetwork.Core.Places;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Places;

public sealed class PlaceFilterType : NodeFilterType<PlaceFilterType, PlaceFilter, Place>
{
    public PlaceFilterType() : base("PlaceFilter", "places")
    {
        Field<StringFilterType>("name").Description("Conditions on the name.");
        Field<EnumFilterType<PlaceLevel, PlaceLevelType>>("level").Description("Conditions on the level.");
        Field<StringFilterType>("onsCode").Description("Conditions on the ONS code.");
    }
}
