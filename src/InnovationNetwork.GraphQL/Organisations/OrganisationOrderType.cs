using InnovationNetwork.Core.Organisations;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Organisations;

public sealed class OrganisationOrderType() : OrderInputType<OrganisationOrder, OrganisationOrderFieldType>("organisations");
