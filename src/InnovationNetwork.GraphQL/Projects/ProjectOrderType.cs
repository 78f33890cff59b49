using InnovationNetwork.Core.Projects;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Projects;

public sealed class ProjectOrderType() : OrderInputType<ProjectOrder, ProjectOrderFieldType>("projects");
