using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Projects;

public sealed class LeaveProjectPayloadType() : UserErrorPayloadType<Core.Projects.Project, ProjectType>(
    "LeaveProjectPayload", "The result of leaveProject.", "project", "The project left; null when there are errors.");
