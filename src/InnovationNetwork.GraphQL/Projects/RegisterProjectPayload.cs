using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Projects;

public sealed class RegisterProjectPayloadType() : UserErrorPayloadType<Core.Projects.Project, ProjectType>(
    "RegisterProjectPayload", "The result of registerProject.", "project", "The project registered; null when there are errors.");
