using GraphQL;
using GraphQL.DI;
using GraphQL.Types;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers the schema, its executer and serializer, and the limits; used by the host and the tests
    /// alike so both run the same wiring. Needs a <see cref="Core.Graph.GraphService"/> registered too.
    /// </summary>
    public static IServiceCollection AddInnovationNetworkGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLLimitsOptions>()
            .Bind(configuration.GetSection(GraphQLLimitsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddGraphQL(builder => builder
            .AddSchema<InnovationSchema>()
            .AddGraphTypes(typeof(InnovationSchema).Assembly)
            .AddSystemTextJson(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider(options => options.ExposeExceptionDetails = false)
            .AddComplexityAnalyzer((complexity, provider) =>
            {
                var limits = provider.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value;
                complexity.MaxDepth = limits.MaxDepth;
                complexity.MaxComplexity = limits.MaxComplexity;
                complexity.ValidateComplexityDelegate = IntrospectionComplexity.ExemptIntrospection;
            })
            .AddValidationRule<IntrospectionSwitchRule>()
            .ConfigureExecutionOptions(options =>
            {
                var limits = options.RequestServices!.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value;
                options.Timeout = limits.ExecutionTimeout;
            }));

        // Parsed and validated documents, reused when the same query comes again (see GraphQLDocumentCache).
        services.AddSingleton(_ => new GraphQLDocumentCache());
        services.AddSingleton<IConfigureExecution, DocumentCacheExecution>();
        return services;
    }

    /// <summary>The schema's SDL as printed to schema.graphql.</summary>
    public static string PrintSchema(this ISchema schema) =>
        SchemaExtensions.Print(schema, new global::GraphQL.Utilities.PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true })
            .ReplaceLineEndings("\n");
}
