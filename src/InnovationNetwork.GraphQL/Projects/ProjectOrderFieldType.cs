using InnovationNetwork.Core.Projects;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Projects;

public sealed class ProjectOrderFieldType() : DescribedEnumType<ProjectOrderField>("What projects can be sorted by.");
