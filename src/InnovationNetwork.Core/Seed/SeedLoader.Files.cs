using System.Text.Json;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Seed;

// Finding the seed folder and reading its files; every failure names the file.
public static partial class SeedLoader
{
    // The graph's own JSON form, made strict for hand-written files: a null where the model does not
    // allow one is an error rather than a node without a name.
    private static readonly JsonSerializerOptions SeedJson = new(GraphJson.Options)
    {
        RespectNullableAnnotations = true,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>
    /// The repository's <c>seed</c> folder: the first folder named <c>seed</c> holding places.json found
    /// walking up from the application's base directory, then from the current directory.
    /// </summary>
    public static string FindSeedDirectory() =>
        FindSeedDirectory([AppContext.BaseDirectory, Directory.GetCurrentDirectory()]);

    /// <summary>As <see cref="FindSeedDirectory()"/>, walking up from each of <paramref name="startingPoints"/> in turn.</summary>
    public static string FindSeedDirectory(IEnumerable<string> startingPoints)
    {
        ArgumentNullException.ThrowIfNull(startingPoints);
        var tried = new List<string>();
        foreach (var start in startingPoints)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seed");
                if (File.Exists(Path.Combine(candidate, PlacesFile)))
                {
                    return candidate;
                }
            }

            tried.Add(start);
        }

        throw new DirectoryNotFoundException(
            $"No folder 'seed' holding {PlacesFile} was found in or above {string.Join(" or ", tried)}.");
    }

    private static SeedFile<T> Read<T>(string seedDirectory, string fileName) where T : class
    {
        var path = Path.GetFullPath(Path.Combine(seedDirectory, fileName));
        if (!File.Exists(path))
        {
            throw new SeedFileException(path, "the file is missing.");
        }

        T?[]? items;
        try
        {
            using var stream = File.OpenRead(path);
            items = JsonSerializer.Deserialize<T?[]>(stream, SeedJson);
        }
        catch (JsonException e)
        {
            // Some of System.Text.Json's messages (a missing required field, an unknown one) omit where.
            var where = e.Path is not null && !e.Message.Contains("Path:") ? $" Path: {e.Path} | LineNumber: {e.LineNumber}" : "";
            throw new SeedFileException(path, $"it is not a valid array of {typeof(T).Name.Replace("Seed", "").ToLowerInvariant()} entries: {e.Message}{where}", e);
        }

        if (items is null)
        {
            throw new SeedFileException(path, "it holds null; it must hold a JSON array.");
        }

        var empty = Array.IndexOf(items, null);
        if (empty >= 0)
        {
            throw new SeedFileException(path, $"entry {empty} is null.");
        }

        return new SeedFile<T>(path, items!);
    }

    private sealed record SeedFile<T>(string Path, IReadOnlyList<T> Items);
}
