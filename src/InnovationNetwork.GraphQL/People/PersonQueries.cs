using GraphQL.Types;
using InnovationNetwork.Core.People;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.People;

public static class PersonQueries
{
    public static void AddPersonQueries(this ObjectGraphType query) =>
        query.AddLookupAndList<Person, PersonFilter, PersonOrder, PersonType, PersonFilterType, PersonOrderType, PersonConnectionType>(
            "person", "people", new PersonOrder(PersonOrderField.NAME));
}
