using InnovationNetwork.Core.Projects;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Projects;

public sealed class ProjectConnectionType() : ConnectionType<ProjectType, Project>("Project");
