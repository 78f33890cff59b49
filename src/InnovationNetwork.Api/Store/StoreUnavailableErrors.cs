using GraphQL;
using GraphQL.DI;
using InnovationNetwork.Core.Ports;

namespace InnovationNetwork.Api.Store;

/// <summary>
/// A resolver that meets a store it cannot reach (a mutation while Neo4j or the SQLite file is gone) answers
/// with a GraphQL error carrying the store's sentence and the code <see cref="Code"/>, instead of the generic
/// "Error trying to resolve field" every unexpected exception gets. The GraphService's sentence for a write
/// ends "nothing was written", so the client knows it may simply try again later.
/// </summary>
internal sealed class StoreUnavailableErrors : IConfigureExecution
{
    public const string Code = "STORE_UNAVAILABLE";

    public float SortOrder => 0;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var inner = options.UnhandledExceptionDelegate;
        options.UnhandledExceptionDelegate = context =>
        {
            if (context.OriginalException is StoreUnavailableException unavailable)
            {
                // Expected while the store is away, and logged once by the ChangeLogTailer: not a bug to log again.
                context.Exception = new ExecutionError(unavailable.Message, unavailable) { Code = Code };
                return Task.CompletedTask;
            }

            return inner(context);
        };
        return next(options);
    }
}
