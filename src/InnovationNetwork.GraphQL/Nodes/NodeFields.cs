using GraphQL.Types;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Nodes;

public static class NodeFields
{
    /// <summary>The fields every node type has: id, version, identifiers and sources.</summary>
    public static void AddNodeFields<T>(this ObjectGraphType<T> type) where T : Node
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("The global id; pass it to node(id:) to fetch this again.").Resolve(ctx => ctx.Source.Id);
        type.Field<NonNullGraphType<IntGraphType>>("version").Description("1 when created, one more on every change; pass it back when updating to detect conflicting edits.").Resolve(ctx => ctx.Source.Version);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdentifierType>>>>("identifiers").Description("How outside systems name this record.").Resolve(ctx => ctx.Source.Identifiers);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources").Description("Where its facts came from, oldest first.").Resolve(ctx => ctx.Source.Sources);
        type.IsTypeOf = value => value is T;
    }
}
