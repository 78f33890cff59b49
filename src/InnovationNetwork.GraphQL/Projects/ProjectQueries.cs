using GraphQL.Types;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Projects;

public static class ProjectQueries
{
    public static void AddProjectQueries(this ObjectGraphType query) =>
        query.AddLookupAndList<Project, ProjectFilter, ProjectOrder, ProjectType, ProjectFilterType, ProjectOrderType, ProjectConnectionType>(
            "project", "projects", new ProjectOrder(ProjectOrderField.START_DATE, Core.Querying.SortDirection.DESC), new ProjectOrder(ProjectOrderField.TITLE));
}
