namespace InnovationNetwork.Search.Querying;

/// <summary>A distinct word of some text after analysis: its indexed form, how it was written first, how often it occurs.</summary>
internal sealed record AnalysedWord(string Term, string Surface, int Count)
{
    /// <summary>How much this word counts in the query (1 for short texts; more for frequent, rare words in long ones).</summary>
    public float Weight { get; init; } = 1f;

    /// <summary>BM25's idf of the word over all text, when it was looked up (0 for a word the index lacks).</summary>
    public double Idf { get; init; }
}
