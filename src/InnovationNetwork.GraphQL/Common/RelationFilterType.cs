using GraphQL.Types;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.GraphQL.Common;

/// <summary>Conditions on the nodes at the far end of a relationship, named "{Target}RelationFilter".</summary>
public sealed class RelationFilterType<TFilter, TNode, TFilterType> : InputObjectGraphType<RelationFilter<TFilter, TNode>>
    where TFilter : NodeFilter<TFilter, TNode>
    where TNode : Core.Graph.Node
    where TFilterType : InputObjectGraphType<TFilter>
{
    public RelationFilterType()
    {
        Name = typeof(TNode).Name + "RelationFilter";
        Description = $"Conditions on related {typeof(TNode).Name} records.";
        Field<TFilterType>("some").Description("At least one related record matches.");
        Field<TFilterType>("none").Description("No related record matches.");
        Field<TFilterType>("every").Description("Every related record matches (true when there are none).");
    }
}
