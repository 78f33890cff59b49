using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Organisations;
using InnovationNetwork.GraphQL.Specialisms;

namespace InnovationNetwork.GraphQL.Projects;

public sealed class ProjectConnectionType() : ConnectionType<ProjectType, Project>("Project");
