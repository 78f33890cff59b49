using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace InnovationNetwork.Api.GraphiQL;

/// <summary>
/// Serves GraphiQL, the in-browser GraphQL editor, from the bundle that the build makes out of
/// <c>GraphiQL/app</c> (the BuildGraphiQL target in InnovationNetwork.Api.csproj), so it works with no internet access.
/// The /graphql endpoint calls <see cref="WantsGraphiQL"/> and <see cref="WriteGraphiQLPageAsync"/>;
/// the page then loads its scripts and styles from <see cref="AssetsPath"/>.
/// </summary>
public static class GraphiQLExtensions
{
    /// <summary>Where the bundle's files are served; vite.config.mjs builds with the same base.</summary>
    public const string AssetsPath = "/graphiql";

    // Checked in headless Chromium with each source removed in turn: Monaco adds <style> elements and style
    // attributes at run time (style-src 'unsafe-inline'), graphiql/style.css embeds its fonts and icons as data: URLs,
    // and nothing calls eval. Workers are created from /graphiql/assets by the page's own MonacoEnvironment.getWorker,
    // so Monaco never falls back to blob: workers and worker-src needs only 'self'.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; " +
        "img-src 'self' data:; connect-src 'self'; worker-src 'self'; base-uri 'none'; " +
        "form-action 'none'; frame-ancestors 'none'";

    private const string MissingBundleMessage =
        "GraphiQL has not been built: run `dotnet build src/InnovationNetwork.Api` without SkipGraphiQL=true, " +
        "which runs `npm ci` and `npm run build` in src/InnovationNetwork.Api/GraphiQL/app (Node.js and npm needed).";

    /// <summary>Serves the bundle's scripts, styles, fonts and workers under <see cref="AssetsPath"/>.</summary>
    public static IEndpointRouteBuilder MapGraphiQLAssets(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Located once: a bundle built while the service runs is picked up at the next start.
        var bundle = LocateBundle(app.ServiceProvider.GetRequiredService<IWebHostEnvironment>());
        var files = bundle is null ? (IFileProvider)new NullFileProvider() : new PhysicalFileProvider(bundle);

        var pipeline = app.CreateApplicationBuilder();
        // The static files middleware stands aside when an endpoint is already chosen; this branch is one,
        // so clear it (as MapFallbackToFile does) and let the middleware serve the file.
        pipeline.Use(next => context =>
        {
            context.SetEndpoint(null);
            return next(context);
        });
        pipeline.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = AssetsPath,
            FileProvider = files,
            OnPrepareResponse = static file => PrepareAssetResponse(file.Context.Response, file.File.Name),
        });

        app.Map(AssetsPath + "/{**file}", pipeline.Build()).WithDisplayName("GraphiQL assets");
        return app;
    }

    /// <summary>
    /// True for a browser opening /graphql: a GET with no <c>query</c> parameter whose Accept header ranks
    /// text/html above any JSON type. GraphQL clients (which ask for JSON) and curl (*/*) get GraphQL responses.
    /// </summary>
    public static bool WantsGraphiQL(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!HttpMethods.IsGet(request.Method) || request.Query.ContainsKey("query"))
            return false;
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
            return false;

        double html = 0, json = 0;
        foreach (var type in accepted)
        {
            var quality = type.Quality ?? 1.0;
            if (type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
                html = Math.Max(html, quality);
            else if (type.SubTypeWithoutSuffix.Equals("json", StringComparison.OrdinalIgnoreCase)
                     || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase))
                json = Math.Max(json, quality);
        }

        // A tie goes to JSON: a client naming both is a program, and a program wants data.
        return html > 0 && html > json;
    }

    /// <summary>
    /// Writes GraphiQL's page, or a 503 saying how to build it when the bundle is missing.
    /// </summary>
    public static Task WriteGraphiQLPageAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var response = context.Response;
        // /graphql answers HTML or JSON by the Accept header, so caches must keep them apart.
        response.Headers.Vary = HeaderNames.Accept;
        response.Headers.XContentTypeOptions = "nosniff";

        var bundle = LocateBundle(context.RequestServices.GetRequiredService<IWebHostEnvironment>());
        if (bundle is null)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.ContentType = "text/plain; charset=utf-8";
            return response.WriteAsync(MissingBundleMessage, context.RequestAborted);
        }

        AddPageHeaders(response);
        response.ContentType = "text/html; charset=utf-8";
        return response.SendFileAsync(Path.Combine(bundle, "index.html"), context.RequestAborted);
    }

    /// <summary>
    /// The built bundle's folder, or null. The web root (the project folder under dotnet run from it and under
    /// WebApplicationFactory) is looked in first, then the copy the build puts beside the assembly
    /// (bin, publish, and test output folders).
    /// </summary>
    private static string? LocateBundle(IWebHostEnvironment environment)
    {
        string?[] candidates =
        [
            environment.WebRootPath is { } webRoot ? Path.Combine(webRoot, "graphiql") : null,
            Path.Combine(AppContext.BaseDirectory, "wwwroot", "graphiql"),
        ];
        return candidates.FirstOrDefault(folder => folder is not null && File.Exists(Path.Combine(folder, "index.html")));
    }

    private static void PrepareAssetResponse(HttpResponse response, string fileName)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        if (fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            AddPageHeaders(response);
            response.Headers.CacheControl = "no-cache";
        }
        else
        {
            // vite names every other file after a hash of its content, so a changed file gets a new name.
            response.Headers.CacheControl = "public, max-age=31536000, immutable";
        }
    }

    private static void AddPageHeaders(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XFrameOptions = "DENY";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = "no-cache";
    }
}
