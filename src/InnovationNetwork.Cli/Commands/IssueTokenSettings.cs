using System.Text;
using Microsoft.Extensions.Configuration;

namespace InnovationNetwork.Cli.Commands;

/// <summary>The key, audience and issuer the API checks tokens with, read the way the API reads them.</summary>
internal sealed record IssueTokenSettings(string Key, string Audience, string Issuer)
{
    private const string ApiFolder = "src/InnovationNetwork.Api";

    public static IssueTokenSettings Read(string? settingsFolder, string? key)
    {
        var folder = settingsFolder ?? FindApiFolder();
        var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Development";
        var builder = new ConfigurationBuilder();
        if (folder is not null)
        {
            builder.AddJsonFile(Path.Combine(folder, "appsettings.json"), optional: true)
                .AddJsonFile(Path.Combine(folder, $"appsettings.{environment}.json"), optional: true);
        }

        var auth = builder.AddEnvironmentVariables().Build().GetSection("Auth");
        key ??= auth.GetSection("SigningKeys").GetChildren().Select(k => k.Value).FirstOrDefault(k => !string.IsNullOrEmpty(k));
        if (string.IsNullOrEmpty(key))
        {
            throw new CliUsageException("No signing key: pass --key, or set Auth:SigningKeys:0 in the API's settings (or Auth__SigningKeys__0 in the environment).");
        }

        if (Encoding.UTF8.GetByteCount(key) < 32)
        {
            throw new CliUsageException("The signing key is shorter than 32 bytes; the API refuses such keys.");
        }

        return new IssueTokenSettings(key, auth["Audience"] is { Length: > 0 } audience ? audience : "innovation-network",
            auth["Issuer"] is { Length: > 0 } issuer ? issuer : "innovation-network");
    }

    private static string? FindApiFolder()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ApiFolder);
            if (File.Exists(Path.Combine(candidate, "appsettings.json")))
            {
                return candidate;
            }
        }

        return null;
    }
}
