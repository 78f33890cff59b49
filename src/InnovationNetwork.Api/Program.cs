using InnovationNetwork.Api.Auth;
using InnovationNetwork.Api.GraphiQL;
using InnovationNetwork.Api.GraphQLHttp;
using InnovationNetwork.Api.Health;
using InnovationNetwork.Api.Hosting;
using InnovationNetwork.Api.Store;
using InnovationNetwork.Api.Telemetry;
using InnovationNetwork.GraphQL;

if (ApplicationRunExtensions.CreateInnovationNetworkBuilder(args) is not { } builder)
{
    return ApplicationRunExtensions.CannotStartExitCode;              // one sentence when --contentRoot is not a folder
}

builder.AddInnovationNetworkStore();                                  // Store: the SQLite file, or Neo4j (Store:Kind)
builder.AddInnovationNetworkCore();                                   // the in-memory graph; load and seed at start-up, then tail the change log
builder.Services.AddInnovationNetworkSearch(builder.Configuration);   // the Lucene index kept in step with the graph; matching
builder.Services.AddInnovationNetworkGraphQL(builder.Configuration);  // the schema and its limits
builder.AddInnovationNetworkAuth();                                   // JWT bearer tokens → viewer; CORS, rate limit, alias cap, CSRF (Auth, Limits)
builder.AddInnovationNetworkHealth();                                 // store reachable, graph loaded, replication lag, index
builder.AddInnovationNetworkTelemetry();                              // metrics; exported by OTLP when Telemetry:OtlpEndpoint is set

var app = builder.Build();

app.UseGraphQLExceptionHandler();                                     // no stack trace ever reaches a client
app.UseGraphReadinessGate();                                          // 503 saying why until the graph is loaded
app.UseInnovationNetworkAuth();                                       // CORS; bad token 401; too many requests 429; GET needs GraphQL-Require-Preflight
app.MapGraphQLEndpoint();                                             // /graphql: GraphQL over HTTP, GraphiQL for browsers
app.MapHealth();                                                      // /health/live, /health/ready
app.MapGraphiQLAssets();                                              // /graphiql/*: the editor's scripts and styles

return await app.RunInnovationNetworkAsync();                         // exit 1 with one sentence when it cannot start

/// <summary>The host's entry point; public so WebApplicationFactory&lt;Program&gt; can start the real app in tests.</summary>
public partial class Program;
