using InnovationNetwork.Core.Organisations;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Organisations;

public sealed class OrganisationConnectionType() : ConnectionType<OrganisationType, Organisation>("Organisation");
