using GraphQL.Types;
using InnovationNetwork.Core.Places;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Places;

public static class PlaceQueries
{
    public static void AddPlaceQueries(this ObjectGraphType query) =>
        query.AddLookupAndList<Place, PlaceFilter, PlaceOrder, PlaceType, PlaceFilterType, PlaceOrderType, PlaceConnectionType>(
            "place", "places", new PlaceOrder(PlaceOrderField.LEVEL), new PlaceOrder(PlaceOrderField.NAME));
}
