using System.Net;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using InnovationNetwork.Api.Tests.Infrastructure;
using InnovationNetwork.GraphQL;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static InnovationNetwork.Api.Tests.Infrastructure.GraphQLHttpClientExtensions;

namespace InnovationNetwork.Api.Tests.GraphQLHttp;

public sealed class TimeoutTests(TimeoutTests.StallingApiFactory factory) : IClassFixture<TimeoutTests.StallingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public void TheExecutionTimeoutIsBoundFromSettings()
    {
        var limits = factory.Services.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value;

        Assert.Equal(StallingApiFactory.Timeout, limits.ExecutionTimeout);
    }

    [Fact]
    public async Task AnExecutionThatOutlastsTheTimeoutIsStoppedWithAClearError()
    {
        var response = await _client.PostGraphQLAsync(Body("{ __typename }"));

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        var message = await response.FirstErrorAsync();
        Assert.Contains("GraphQL:ExecutionTimeout", message);
        Assert.Contains("0.2 s", message);
    }

    [Fact]
    public async Task ALegacyJsonClientGetsTheTimeoutErrorWith200()
    {
        var response = await _client.PostGraphQLAsync(Body("{ __typename }"), Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("GraphQL:ExecutionTimeout", await response.FirstErrorAsync());
    }

    /// <summary>The app with a short timeout and an execution step that waits until the timeout cancels it.</summary>
    public sealed class StallingApiFactory : ApiFactory
    {
        public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

        public StallingApiFactory() => Settings["GraphQL:ExecutionTimeout"] = Timeout.ToString();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IConfigureExecution, StallUntilCancelled>());
        }
    }

    /// <summary>Adds a listener that, just before execution, waits on the execution's (timeout-bound) token.</summary>
    private sealed class StallUntilCancelled : IConfigureExecution, IDocumentExecutionListener
    {
        public float SortOrder => 0;

        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
        {
            options.Listeners.Add(this);
            return next(options);
        }

        public Task AfterValidationAsync(IExecutionContext context, global::GraphQL.Validation.IValidationResult validationResult) => Task.CompletedTask;

        public Task BeforeExecutionAsync(IExecutionContext context) => Task.Delay(System.Threading.Timeout.Infinite, context.CancellationToken);

        public Task AfterExecutionAsync(IExecutionContext context) => Task.CompletedTask;
    }
}
