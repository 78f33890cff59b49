using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using InnovationNetwork.Api.GraphiQL;
using InnovationNetwork.Core.Access;
using InnovationNetwork.GraphQL;
using InnovationNetwork.GraphQL.Common;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.GraphQLHttp;

/// <summary>
/// /graphql, as the GraphQL-over-HTTP spec describes it: POST with a JSON body, GET with query-string
/// parameters for queries only, responses in application/graphql-response+json or application/json by the
/// Accept header, and GraphiQL for a browser. The checks run in this order: method, Accept (406), body
/// (415, 413, 400), document (a mutation over GET is 405 before validation), then execution.
/// </summary>
internal sealed partial class GraphQLEndpoint(
    IDocumentExecuter<ISchema> executer,
    IDocumentBuilder documentBuilder,
    GraphQLDocumentCache documents,
    GraphQLResponseCache responses,
    ISchema schema,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLLimitsOptions> limits,
    ILogger<GraphQLEndpoint> logger)
{
    public const string Path = "/graphql";
    private const string AllowedMethods = "GET, POST";

    private readonly GraphQLRequestReader _reader = new(serializer, limits.Value.MaxRequestBytes);
    private readonly GraphQLResponseWriter _writer = new(serializer);

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (GraphiQLExtensions.WantsGraphiQL(request))
        {
            await GraphiQLExtensions.WriteGraphiQLPageAsync(context);
            return;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(request);
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            await _writer.WriteProblemAsync(context, new GraphQLHttpProblem(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED",
                $"/graphql answers GET (queries) and POST, not {request.Method}.") { Allow = AllowedMethods }, mediaType);
            return;
        }

        if (mediaType is null)
        {
            await _writer.WriteProblemAsync(context, new GraphQLHttpProblem(StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE",
                $"The Accept header '{request.Headers.Accept}' allows neither {GraphQLMediaTypes.GraphQLResponse} nor {GraphQLMediaTypes.Json}."), null);
            return;
        }

        try
        {
            var read = await _reader.ReadAsync(request, context.RequestAborted);
            if (read.Problem is not null)
            {
                await _writer.WriteProblemAsync(context, read.Problem, mediaType);
                return;
            }

            await ExecuteAsync(context, read, mediaType);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
    }

    private async Task ExecuteAsync(HttpContext context, GraphQLRequestOrProblem read, string mediaType)
    {
        var request = read.Request!;
        var viewer = ViewerFrom(context);

        // The version is taken before anything runs, so an answer that a write overtakes is never kept.
        var version = responses.Enabled ? responses.Version() : null;
        var key = responses.Enabled ? GraphQLResponseCache.Key(mediaType, viewer, $"{context.Request.Method} {read.Text}") : null;
        if (key is not null && responses.Find(version!, key) is { } cached)
        {
            await _writer.WriteSerializedAsync(context, cached, mediaType);
            return;
        }

        GraphQLDocument document;
        try
        {
            // A document seen before is taken parsed and validated from the cache (the executer knows it by identity).
            document = documents.Find(request.Query!) ?? documentBuilder.Build(request.Query!);
        }
        catch (ExecutionError error)
        {
            // A syntax error: the request never runs.
            await _writer.WriteResultAsync(context, new ExecutionResult(error), mediaType);
            return;
        }
        catch (GraphQLMaxDepthExceededException)
        {
            // Its message quotes the whole document; say what to do instead.
            await _writer.WriteResultAsync(context, GraphQLResponseWriter.ErrorResult("SYNTAX_ERROR",
                "The document nests selections, lists or objects deeper than the parser allows; flatten it."), mediaType);
            return;
        }

        var operation = OperationOf(document, request.OperationName);
        var kind = operation?.Operation.ToString().ToLowerInvariant();
        if (HttpMethods.IsGet(context.Request.Method) && operation is not null && operation.Operation != OperationType.Query)
        {
            await _writer.WriteProblemAsync(context, new GraphQLHttpProblem(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED",
                $"A {kind} cannot be sent with GET, which must not change anything; send it with POST.")
            { Allow = "POST" }, mediaType);
            return;
        }

        if (operation is not null && RootTypeOf(operation.Operation) is null)
        {
            // GraphQL.NET treats this as an unexpected exception; it is the client asking for what is not there.
            await _writer.WriteResultAsync(context, GraphQLResponseWriter.ErrorResult("OPERATION_NOT_SUPPORTED",
                $"This schema has no {kind} operations; see the schema (or GraphiQL's docs) for what it offers."), mediaType);
            return;
        }

        // An identical query already executing answers this one too (see GraphQLResponseCache.Board).
        var flight = key is not null && operation?.Operation == OperationType.Query ? responses.Board(version!, key) : null;
        if (flight is { Leads: false } && await flight.Answer.WaitAsync(context.RequestAborted) is { } shared)
        {
            await _writer.WriteSerializedAsync(context, shared, mediaType);
            return;
        }

        try
        {
            var result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                Document = document,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                UserContext = new GraphQLUserContext(viewer),
                User = context.User,
                RequestServices = context.RequestServices,
                CancellationToken = context.RequestAborted,
                UnhandledExceptionDelegate = LogUnhandledAsync,
            });

            if (flight is not null && result.Executed && result.Errors is not { Count: > 0 })
            {
                var body = await _writer.SerializeAsync(result, context.RequestAborted);
                responses.Add(version!, key!, body);
                flight.Land(body);
                await _writer.WriteSerializedAsync(context, body, mediaType);
                return;
            }

            await _writer.WriteResultAsync(context, ExplainTimeout(result), mediaType);
        }
        finally
        {
            // Nothing to share (an error, a failure, a cancelled request): those waiting execute for themselves.
            flight?.Land(null);
        }
    }

    /// <summary>Who is asking: the viewer the bearer token's claims make (see Auth/ViewerClaims), else anonymous.</summary>
    private static Viewer ViewerFrom(HttpContext context) => Auth.ViewerClaims.ViewerFrom(context);

    /// <summary>The operation the request names, or its only one; null when that is unclear (the executer then says why).</summary>
    private static GraphQLOperationDefinition? OperationOf(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }

    private IObjectGraphType? RootTypeOf(OperationType operation) => operation switch
    {
        OperationType.Query => schema.Query,
        OperationType.Mutation => schema.Mutation,
        _ => schema.Subscription,
    };

    /// <summary>GraphQL.NET's timeout error says only that time ran out; say which limit, and what to do.</summary>
    private ExecutionResult ExplainTimeout(ExecutionResult result)
    {
        if (result.Errors is not { } errors || !errors.Any(e => e is TimeoutError))
        {
            return result;
        }

        var timeout = limits.Value.ExecutionTimeout;
        var explained = new ExecutionErrors();
        foreach (var error in errors)
        {
            explained.Add(error is TimeoutError
                ? new TimeoutError($"The request ran longer than the {timeout.TotalSeconds:0.###} s limit (GraphQL:ExecutionTimeout) " +
                                   "and was stopped; ask for fewer fields, smaller pages or a narrower search.") { Code = "TIMEOUT" }
                : error);
        }

        result.Errors = explained;
        return result;
    }

    private Task LogUnhandledAsync(UnhandledExceptionContext context)
    {
        LogUnhandled(context.OriginalException, context.FieldContext?.FieldDefinition.Name ?? "(the request)");
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A GraphQL resolver or step failed unexpectedly at {Field}; the client was told only that an error happened.")]
    private partial void LogUnhandled(Exception exception, string field);
}
