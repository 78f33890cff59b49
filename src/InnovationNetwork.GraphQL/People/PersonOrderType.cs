using InnovationNetwork.Core.People;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.People;

public sealed class PersonOrderType() : OrderInputType<PersonOrder, PersonOrderFieldType>("people");
