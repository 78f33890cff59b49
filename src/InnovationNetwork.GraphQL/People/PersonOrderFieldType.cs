using InnovationNetwork.Core.People;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.People;

public sealed class PersonOrderFieldType() : DescribedEnumType<PersonOrderField>("What people can be sorted by.");
