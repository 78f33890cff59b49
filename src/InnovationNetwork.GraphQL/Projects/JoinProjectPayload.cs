using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Projects;

public sealed class JoinProjectPayloadType() : UserErrorPayloadType<Core.Projects.Project, ProjectType>(
    "JoinProjectPayload", "The result of joinProject.", "project", "The project joined; null when there are errors.");
