using GraphQL.Types;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Organisations;
using InnovationNetwork.GraphQL.Specialisms;

namespace InnovationNetwork.GraphQL.Projects;

public static class ProjectQueries
{
    public static void AddProjectQueries(this ObjectGraphType query) =>
        query.AddLookupAndList<Project, ProjectFilter, ProjectOrder, ProjectType, ProjectFilterType, ProjectOrderType, ProjectConnectionType>(
            "project", "projects", new ProjectOrder(ProjectOrderField.START_DATE, Core.Querying.SortDirection.DESC), new ProjectOrder(ProjectOrderField.TITLE));
}
