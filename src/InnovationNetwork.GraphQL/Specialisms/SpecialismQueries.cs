using GraphQL.Types;
using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Specialisms;

public static class SpecialismQueries
{
    public static void AddSpecialismQueries(this ObjectGraphType query) =>
        query.AddLookupAndList<Specialism, SpecialismFilter, SpecialismOrder, SpecialismType, SpecialismFilterType, SpecialismOrderType, SpecialismConnectionType>(
            "specialism", "specialisms", new SpecialismOrder(SpecialismOrderField.NAME));
}
