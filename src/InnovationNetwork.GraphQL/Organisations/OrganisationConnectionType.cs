using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Projects;
using InnovationNetwork.GraphQL.Specialisms;

namespace InnovationNetwork.GraphQL.Organisations;

public sealed class OrganisationConnectionType() : ConnectionType<OrganisationType, Organisation>("Organisation");
