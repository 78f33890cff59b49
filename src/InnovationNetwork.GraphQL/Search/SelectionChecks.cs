using GraphQL;
using GraphQLParser.AST;

namespace InnovationNetwork.GraphQL.Search;

/// <summary>
/// Whether a query asks for a field below the one being resolved, so search computes facets and highlights
/// only when someone will read them (they are most of a search's cost). Fragments are followed; when in
/// doubt the answer is yes.
/// </summary>
internal static class SelectionChecks
{
    public static bool Selects(this IResolveFieldContext ctx, params string[] path) => Selects(ctx, ctx.FieldAst.SelectionSet, path, 0, depth: 0);

    private static bool Selects(IResolveFieldContext ctx, GraphQLSelectionSet? set, string[] path, int at, int depth)
    {
        if (set is null || depth > 16)
        {
            return depth > 16;
        }

        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when field.Name.StringValue == path[at]:
                    if (at == path.Length - 1 || Selects(ctx, field.SelectionSet, path, at + 1, depth + 1))
                    {
                        return true;
                    }

                    break;
                case GraphQLInlineFragment inline when Selects(ctx, inline.SelectionSet, path, at, depth + 1):
                    return true;
                case GraphQLFragmentSpread spread:
                    var fragment = ctx.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(f => f.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue);
                    if (fragment is null || Selects(ctx, fragment.SelectionSet, path, at, depth + 1))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }
}
