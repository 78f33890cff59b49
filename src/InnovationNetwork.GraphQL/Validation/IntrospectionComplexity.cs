using GraphQL.Validation.Complexity;
using GraphQLParser.AST;

namespace InnovationNetwork.GraphQL.Validation;

/// <summary>
/// Introspection reads the schema, not the graph: its cost does not grow with the data, so an operation
/// that selects only __schema, __type and __typename is exempt from the complexity limit (GraphiQL's
/// introspection query alone scores over a million with the default list multiplier). The depth limit
/// still applies.
/// </summary>
public static class IntrospectionComplexity
{
    public static Task ExemptIntrospection(ComplexityValidationContext context)
    {
        var operation = context.ValidationContext.Operation;
        if (context.Error is not null && context.MaxDepth <= context.Configuration.MaxDepth
            && operation.SelectionSet.Selections.All(IsIntrospectionField))
        {
            context.Error = null;
        }

        return Task.CompletedTask;
    }

    private static bool IsIntrospectionField(ASTNode selection) =>
        selection is GraphQLField field && field.Name.Value.Span.StartsWith("__");
}
