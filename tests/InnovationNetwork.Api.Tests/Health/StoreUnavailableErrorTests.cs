using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using InnovationNetwork.Api.Store;
using InnovationNetwork.Core.Ports;

namespace InnovationNetwork.Api.Tests.Health;

/// <summary>
/// A resolver that meets an unreachable store answers with the store's sentence and a code, not the generic
/// "Error trying to resolve field". Checked on a one-field schema with the step the host registers; the
/// mutations' own HTTP tests show it end to end.
/// </summary>
public sealed class StoreUnavailableErrorTests
{
    private const string Sentence = "The store is unavailable: the database file /data/innovation.db cannot be reached; nothing was written.";

    [Fact]
    public async Task AStoreThatCannotBeReachedBecomesAGraphQLErrorWithItsSentenceAndTheCodeStoreUnavailable()
    {
        var result = await ExecuteAsync(new StoreUnavailableException(Sentence));

        var error = Assert.Single(result.Errors!);
        Assert.Equal(Sentence, error.Message);
        Assert.Equal(StoreUnavailableErrors.Code, error.Code);
    }

    [Fact]
    public async Task AnyOtherExceptionStillGoesToTheHostsOwnHandler()
    {
        var handled = new List<Exception>();

        var result = await ExecuteAsync(new InvalidOperationException("a bug"), handled.Add);

        Assert.IsType<InvalidOperationException>(Assert.Single(handled));
        Assert.DoesNotContain("a bug", Assert.Single(result.Errors!).Message);
    }

    private static Task<ExecutionResult> ExecuteAsync(Exception thrown, Action<Exception>? hostHandler = null)
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("write").Resolve(_ => throw thrown);
        var executer = new DocumentExecuter(new GraphQLDocumentBuilder(), new DocumentValidator(), new DefaultExecutionStrategySelector(),
            [new StoreUnavailableErrors()]);
        return executer.ExecuteAsync(options =>
        {
            options.Schema = new global::GraphQL.Types.Schema { Query = query };
            options.Query = "{ write }";
            options.UnhandledExceptionDelegate = context =>
            {
                hostHandler?.Invoke(context.OriginalException);
                return Task.CompletedTask;
            };
        });
    }
}
