namespace InnovationNetwork.Core.Seed;

/// <summary>A seed file is missing or malformed; the message names the file and what is wrong with it.</summary>
public sealed class SeedFileException(string path, string problem, Exception? inner = null)
    : Exception($"Seed file '{path}': {problem}", inner)
{
    /// <summary>The full path of the file.</summary>
    public string Path { get; } = path;

    /// <summary>What is wrong, without the file name.</summary>
    public string Problem { get; } = problem;
}
