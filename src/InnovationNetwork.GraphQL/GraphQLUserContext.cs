using InnovationNetwork.Core.Access;

namespace InnovationNetwork.GraphQL;

/// <summary>Per-request context handed to resolvers: who is asking.</summary>
public sealed class GraphQLUserContext(Viewer viewer) : Dictionary<string, object?>
{
    public Viewer Viewer { get; } = viewer;
}
