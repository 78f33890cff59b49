using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.GraphQL;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationNetwork.Benchmarks;

/// <summary>
/// The real schema over a real <see cref="GraphService"/>, wired by the same AddInnovationNetworkGraphQL the
/// host uses, executed as the /graphql endpoint executes a request: variables read from JSON, the result
/// written as JSON. No HTTP, so the difference to the load test's numbers is the HTTP stack.
/// </summary>
public sealed class InProcessGraphQL : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly IDocumentExecuter<ISchema> _executer;
    private readonly IGraphQLTextSerializer _serializer;
    private readonly MemoryStream _output = new();

    public InProcessGraphQL(int organisations)
    {
        var graphService = new GraphService(new MemoryGraphStore(organisations), []);
        graphService.LoadAsync().GetAwaiter().GetResult();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(graphService);
        services.AddInnovationNetworkGraphQL(new ConfigurationBuilder().Build());
        _services = services.BuildServiceProvider();
        _executer = _services.GetRequiredService<IDocumentExecuter<ISchema>>();
        _serializer = _services.GetRequiredService<IGraphQLTextSerializer>();
        Graph = graphService.Graph;
    }

    public InnovationGraph Graph { get; }

    /// <summary>Executes and serialises; returns the response's length in bytes. Throws when the response holds errors.</summary>
    public async Task<long> ExecuteAsync(string query, string variablesJson)
    {
        var result = await _executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = _serializer.Deserialize<Inputs>(variablesJson),
            UserContext = new GraphQLUserContext(Viewer.Anonymous),
            RequestServices = _services,
        });
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"The benchmark query failed: {errors[0].Message}");
        }

        _output.SetLength(0);
        await _serializer.WriteAsync(_output, result);
        return _output.Length;
    }

    public string LastResponse => System.Text.Encoding.UTF8.GetString(_output.GetBuffer(), 0, (int)_output.Length);

    public void Dispose()
    {
        _services.Dispose();
        _output.Dispose();
    }
}
