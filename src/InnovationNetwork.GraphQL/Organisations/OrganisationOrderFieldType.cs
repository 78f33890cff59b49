using InnovationNetwork.Core.Organisations;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Organisations;

public sealed class OrganisationOrderFieldType() : DescribedEnumType<OrganisationOrderField>("What organisations can be sorted by.");
