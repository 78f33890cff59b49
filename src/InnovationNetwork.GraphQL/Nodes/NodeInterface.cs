using GraphQL.Types;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.GraphQL.Nodes;

/// <summary>The Relay Node interface: anything with a global id.</summary>
public sealed class NodeInterface : InterfaceGraphType<Node>
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "Anything in the directory that has a global id.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id; pass it to node(id:) to fetch this again.");
    }
}
