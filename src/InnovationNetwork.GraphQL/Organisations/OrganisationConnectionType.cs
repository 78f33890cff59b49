using GraphQL.Types;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Places;
using InnovationNetwork.GraphQL.Projects;
using InnovationNetwork.GraphQL.Specialisms;

namespace InnovationNetwork.GraphQL.Organisations;

public sealed class OrganisationConnectionType() : ConnectionType<OrganisationType, Organisation>("Organisation");
