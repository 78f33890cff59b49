using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.GraphQL.Validation;

/// <summary>Refuses __schema and __type when GraphQL:EnableIntrospection is false.</summary>
public sealed class IntrospectionSwitchRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var limits = context.RequestServices!.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value;
        return new(limits.EnableIntrospection ? null : Visitor);
    }

    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLField>((field, context) =>
    {
        if (field.Name.Value == "__schema" || field.Name.Value == "__type")
        {
            context.ReportError(new ValidationError(context.Document.Source, "INTROSPECTION_DISABLED",
                "Introspection is turned off on this server (GraphQL:EnableIntrospection); see schema.graphql in the repository for the schema.", field));
        }
    });
}
