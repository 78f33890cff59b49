using System.ComponentModel.DataAnnotations;

namespace InnovationNetwork.Search;

/// <summary>Where the index lives and how often it commits; bound from the "Search" configuration section.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>
    /// The folder holding the Lucene index. Empty means <c>index</c> under the store's data directory
    /// (<c>Store:DataDirectory</c>), so the index sits beside the database it mirrors.
    /// </summary>
    public string? IndexDirectory { get; set; }

    /// <summary>The synonym map (Solr format). Empty means <c>synonyms.txt</c> in the repository's seed folder.</summary>
    public string? SynonymsFile { get; set; }

    /// <summary>
    /// How often changes are committed to disk. Searches see every applied change at once (near-real-time
    /// readers); the commit only decides how much is re-read from the change log after a crash.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan CommitInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Keep the index in memory only (tests, benchmarks): nothing is written to disk.</summary>
    public bool InMemory { get; set; }

    /// <summary>Suggest specialisms for organisations that have none (marked inferred, with their confidence).</summary>
    public bool InferSpecialisms { get; set; } = true;

    /// <summary>The least confidence an inferred specialism needs to be written.</summary>
    [Range(0.0, 1.0)]
    public double InferenceMinConfidence { get; set; } = 0.5;
}
