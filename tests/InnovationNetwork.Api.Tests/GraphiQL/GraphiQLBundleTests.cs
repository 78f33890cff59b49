using System.Text.RegularExpressions;
using InnovationNetwork.Api.GraphiQL;

namespace InnovationNetwork.Api.Tests.GraphiQL;

/// <summary>
/// The GraphiQL bundle must work with no internet access: every script, style, font and worker it loads comes from
/// this service. These tests read the bundle the build copied beside the Api assembly (the BuildGraphiQL and
/// _IncludeGraphiQLBundle targets), which is what bin and publish ship. Library code that merely mentions a URL
/// (an XML namespace, a link in an error message) is fine; only the targets of loading constructs are checked.
/// </summary>
public sealed partial class GraphiQLBundleTests
{
    private static readonly string BundleDirectory = Path.Combine(
        Path.GetDirectoryName(typeof(GraphiQLExtensions).Assembly.Location)!, "wwwroot", "graphiql");

    [Fact]
    public void TheBuildCopiesTheBundleBesideTheApiAssembly()
    {
        Assert.True(File.Exists(Path.Combine(BundleDirectory, "index.html")),
            $"No GraphiQL bundle at {BundleDirectory}: build the Api without SkipGraphiQL=true (it needs Node.js and npm).");
    }

    [Fact]
    public void TheEntryScriptThatIndexHtmlNamesIsInTheBundle()
    {
        var entry = ModuleScript().Match(ReadIndexHtml());

        Assert.True(entry.Success, "index.html has no <script type=\"module\" src=...>.");
        Assert.StartsWith(GraphiQLExtensions.AssetsPath + "/assets/", entry.Groups["target"].Value);
        Assert.True(File.Exists(BundlePath(entry.Groups["target"].Value)), $"{entry.Groups["target"].Value} is not in the bundle.");
    }

    [Fact]
    public void EveryFileIndexHtmlLoadsIsInTheBundle()
    {
        var targets = HtmlReference().Matches(ReadIndexHtml())
            .Select(match => match.Groups["target"].Value)
            .Where(target => !target.StartsWith("data:", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(targets);
        Assert.All(targets, target => Assert.True(File.Exists(BundlePath(target)), $"{target} is not in the bundle."));
    }

    [Fact]
    public void EveryMonacoWorkerTheScriptsStartIsInTheBundle()
    {
        var workers = ScriptFiles()
            .SelectMany(file => WorkerScript().Matches(File.ReadAllText(file)))
            .Select(match => match.Groups["target"].Value)
            .Where(target => target.StartsWith('/'))
            .Distinct()
            .ToList();

        // Monaco's editor service, GraphQL language service and JSON (variables, headers) each run in a worker.
        Assert.Equal(3, workers.Count);
        Assert.All(workers, target => Assert.True(File.Exists(BundlePath(target)), $"Worker {target} is not in the bundle."));
    }

    [Fact]
    public void NothingIsLoadedFromAnotherOrigin()
    {
        var external = new List<string>();
        external.AddRange(ExternalTargets("index.html", ReadIndexHtml(), HtmlReference()));
        foreach (var file in StyleFiles())
            external.AddRange(ExternalTargets(file, File.ReadAllText(file), CssUrl(), CssImport()));
        foreach (var file in ScriptFiles())
            external.AddRange(ExternalTargets(file, File.ReadAllText(file), StaticImport(), DynamicImport(), WorkerScript(), ImportScripts(), CssUrl()));

        Assert.True(external.Count == 0, "Loaded from another origin:\n" + string.Join('\n', external));
    }

    private static IEnumerable<string> ExternalTargets(string file, string text, params Regex[] constructs) =>
        from construct in constructs
        from Match match in construct.Matches(text)
        let target = match.Groups["target"].Value
        where AnotherOrigin().IsMatch(target)
        select $"{Path.GetFileName(file)}: {match.Value}";

    private static string ReadIndexHtml() => File.ReadAllText(Path.Combine(BundleDirectory, "index.html"));

    private static IEnumerable<string> ScriptFiles() => BundleFiles("*.js");

    private static IEnumerable<string> StyleFiles() => BundleFiles("*.css");

    private static IEnumerable<string> BundleFiles(string pattern)
    {
        var files = Directory.GetFiles(BundleDirectory, pattern, SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        return files;
    }

    /// <summary>A URL path under <see cref="GraphiQLExtensions.AssetsPath"/>, as a file in the bundle folder.</summary>
    private static string BundlePath(string urlPath)
    {
        Assert.StartsWith(GraphiQLExtensions.AssetsPath + "/", urlPath);
        return Path.Combine(BundleDirectory, urlPath[(GraphiQLExtensions.AssetsPath.Length + 1)..]);
    }

    // http:, https: or protocol-relative (//host): anything else (a path, ./x, data:, #fragment) stays on this origin.
    [GeneratedRegex(@"^\s*(?:https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex AnotherOrigin();

    [GeneratedRegex(@"<script\b[^>]*\btype\s*=\s*[""']module[""'][^>]*\bsrc\s*=\s*[""'](?<target>[^""']+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex ModuleScript();

    [GeneratedRegex(@"\b(?:src|href)\s*=\s*[""'](?<target>[^""']+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlReference();

    [GeneratedRegex(@"\burl\(\s*[""']?(?<target>[^""')\s]*)", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();

    [GeneratedRegex(@"@import\s+(?:url\(\s*)?[""']?(?<target>[^""')\s;]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CssImport();

    // import x from "t", export … from "t", import "t" (minified: from"t").
    [GeneratedRegex(@"\b(?:from|import)\s*[""'`](?<target>[^""'`]*)[""'`]")]
    private static partial Regex StaticImport();

    [GeneratedRegex(@"\bimport\(\s*[""'`](?<target>[^""'`]*)[""'`]")]
    private static partial Regex DynamicImport();

    // Vite emits new Worker("/graphiql/assets/x.worker-hash.js", …) for each ?worker import.
    [GeneratedRegex(@"\bnew\s+(?:Shared)?Worker\(\s*(?:new\s+URL\(\s*)?[""'`](?<target>[^""'`]*)[""'`]")]
    private static partial Regex WorkerScript();

    [GeneratedRegex(@"\bimportScripts\(\s*[""'`](?<target>[^""'`]*)[""'`]")]
    private static partial Regex ImportScripts();
}
