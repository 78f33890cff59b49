using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Projects;
using InnovationNetwork.GraphQL.Specialisms;

namespace InnovationNetwork.GraphQL.Organisations;

public sealed class OrganisationOrderType() : OrderInputType<OrganisationOrder, OrganisationOrderFieldType>("organisations");
