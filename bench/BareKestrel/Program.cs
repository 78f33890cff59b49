// A bare Kestrel endpoint for bench/load/run.sh: POST /graphql reads the request and answers with the bytes
// of a file (the real service's answer to the same request, saved by the script) and the same headers, with
// none of the service's work. What the service achieves is reported as a share of this, in the same run.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();

var file = app.Configuration["Response"]
    ?? throw new InvalidOperationException("Give the file to answer with: --Response path/to/response.json");
var body = await File.ReadAllBytesAsync(file);

app.MapPost("/graphql", async context =>
{
    // Read the body as the service does, so both sides pay for receiving it.
    await context.Request.Body.CopyToAsync(Stream.Null);
    var response = context.Response;
    response.ContentType = "application/graphql-response+json; charset=utf-8";
    response.Headers.Vary = "Accept";
    response.Headers.CacheControl = "no-store";
    await response.Body.WriteAsync(body);
});

await app.RunAsync();
