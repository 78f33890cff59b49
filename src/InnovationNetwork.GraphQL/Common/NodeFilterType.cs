using GraphQL.Types;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.GraphQL.Common;

/// <summary>The and/or/not/id fields every node filter has.</summary>
public abstract class NodeFilterType<TSelf, TFilter, TNode> : InputObjectGraphType<TFilter>
    where TSelf : NodeFilterType<TSelf, TFilter, TNode>
    where TFilter : NodeFilter<TFilter, TNode>
    where TNode : Core.Graph.Node
{
    protected NodeFilterType(string name, string what)
    {
        Name = name;
        Description = $"Which {what} to keep; all conditions given must hold.";
        Field<IdFilterType>("id").Description("Conditions on the id.");
        Field<ListGraphType<NonNullGraphType<TSelf>>>("and").Description("All of these hold.");
        Field<ListGraphType<NonNullGraphType<TSelf>>>("or").Description("At least one of these holds.");
        Field<TSelf>("not").Description("This does not hold.");
    }
}
