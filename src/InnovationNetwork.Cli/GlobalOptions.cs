using System.CommandLine;
using InnovationNetwork.Core.Seed;

namespace InnovationNetwork.Cli;

/// <summary>Options every command takes: where the store and the seed are.</summary>
internal static class GlobalOptions
{
    /// <summary>The same folder as the API's Store:DataDirectory, so the tool and the service share one file.</summary>
    public static readonly Option<string> DataDirectory = new("--data-dir")
    {
        Description = "The folder holding the store's database file (innovation.db), as the API's Store:DataDirectory.",
        DefaultValueFactory = _ => "./data",
        Recursive = true,
    };

    public static readonly Option<string?> SeedDirectory = new("--seed-dir")
    {
        Description = "The seed folder (places, specialisms, specialism-rules.json …); by default the repository's seed/ found above the tool or the working directory.",
        Recursive = true,
    };

    public static string SeedDirectoryOf(ParseResult parse) =>
        parse.GetValue(SeedDirectory) is { Length: > 0 } given ? Path.GetFullPath(given) : SeedLoader.FindSeedDirectory();
}
