namespace InnovationNetwork.Api.Hosting;

/// <summary>Whether and from where an empty store is filled with the curated seed; bound from "Seed".</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Write the seed into an empty store (change-log sequence 0) at start-up.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The folder holding places.json and the other seed files; empty means the repository's <c>seed</c>
    /// folder, found by walking up from the content root, the application's folder or the working directory.
    /// </summary>
    public string? Directory { get; set; }
}
