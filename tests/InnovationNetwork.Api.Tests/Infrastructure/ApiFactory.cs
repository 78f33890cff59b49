using InnovationNetwork.Core.Ports;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationNetwork.Api.Tests.Infrastructure;

/// <summary>
/// The real app (Program.cs's wiring) over a real SQLite file in a fresh temporary directory, loaded with the
/// real seed. Used as a class fixture, so each test class gets its own store; subclasses add settings.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsDirectory;

    // xunit's class fixtures need a single public constructor; Over() gives an app over a given directory.
    public ApiFactory() : this(NewDataDirectory(), ownsDirectory: true)
    {
    }

    private ApiFactory(string dataDirectory, bool ownsDirectory)
    {
        DataDirectory = dataDirectory;
        _ownsDirectory = ownsDirectory;
    }

    public string DataDirectory { get; }

    /// <summary>An app over <paramref name="dataDirectory"/>, which the caller creates and removes.</summary>
    public static ApiFactory Over(string dataDirectory) => new(dataDirectory, ownsDirectory: false);

    /// <summary>Sets one configuration value ("Section:Key") before the app starts.</summary>
    public ApiFactory With(string key, string? value)
    {
        Settings[key] = value;
        return this;
    }

    /// <summary>The database file the app uses (the default file name inside <see cref="DataDirectory"/>).</summary>
    public string DatabaseFile => Path.Combine(DataDirectory, "innovation.db");

    /// <summary>Extra configuration, as "Section:Key" = value; later entries win.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>The store the app opened.</summary>
    public IGraphStore Store => Services.GetRequiredService<IGraphStore>();

    public static string NewDataDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "innovation-api-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Store:DataDirectory", DataDirectory);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDirectory)
        {
            TryDelete(DataDirectory);
        }

        GC.SuppressFinalize(this);
    }

    public static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; a failed test over it would not be.
        }
    }
}
